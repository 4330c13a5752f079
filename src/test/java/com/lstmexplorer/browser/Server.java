package com.lstmexplorer.browser;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plain HTTP calls to the test server from the browser tests (to set up, and to compare with what a page did). */
final class Server {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Server() {
    }

    static HttpResponse<byte[]> get(int port, String path) {
        return send(HttpRequest.newBuilder(uri(port, path)).GET().build());
    }

    static HttpResponse<byte[]> postJson(int port, String path, String json) {
        return send(HttpRequest.newBuilder(uri(port, path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    static JsonNode json(byte[] body) {
        return JSON.readTree(body);
    }

    /** Starts a training run and waits until it has ended; returns its id. */
    static String finishedRun(int port, String request) {
        HttpResponse<byte[]> started = postJson(port, "/api/runs", request);
        if (started.statusCode() != 201) {
            throw new IllegalStateException("the run did not start: " + new String(started.body()));
        }
        String id = json(started.body()).get("id").asString();
        await().atMost(Duration.ofSeconds(90)).until(() -> !json(get(port, "/api/runs/" + id).body())
                .get("status").asString().matches("queued|running"));
        return id;
    }

    private static URI uri(int port, String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
