package com.lstmexplorer.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Sets up what a browser test needs through the public API (runs, snapshots), as a script would. */
final class TestApi {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;

    TestApi(int port) {
        this.base = "http://localhost:" + port;
    }

    JsonNode get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    JsonNode post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Starts a run from this JSON and waits until it has ended; returns its id. */
    String finishedRun(String json) {
        String id = post("/api/runs", json).get("id").asString();
        Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> get("/api/runs/" + id).get("status").asString().matches("finished|solved"));
        return id;
    }

    /** A snapshot of a finished run of this JSON; returns the snapshot's id. */
    String snapshotOf(String runJson) {
        return post("/api/runs/" + finishedRun(runJson) + "/snapshot", "").get("id").asString();
    }

    private JsonNode send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
