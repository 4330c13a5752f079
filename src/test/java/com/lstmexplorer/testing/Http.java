package com.lstmexplorer.testing;

import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client against the test server: each call answers status, headers and the body as sent. Like a
 * browser, each client keeps the cookies the server sets (its owner key among them), so two clients are two
 * independent visitors.
 */
public final class Http {
    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BOUNDARY = "lstm-explorer-test-boundary";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .cookieHandler(new CookieManager()).build();
    private final String base;

    /** One answer; {@code body} is the bytes as sent, {@link #json()} and {@link #text()} read them. */
    public record Answer(int status, String contentType, Optional<String> location, String contentDisposition,
                         byte[] body, HttpHeaders headers) {
        /** The body as JSON (a missing node when the body is empty). */
        public JsonNode json() {
            return body.length == 0 ? JSON.missingNode() : JSON.readTree(body);
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** The detail of a problem answer. */
        public String detail() {
            return json().path("detail").asString();
        }

        /** This answer if its status is 2xx; otherwise throws, so that a failed set-up call stops the test. */
        public Answer ok() {
            if (status < 200 || status >= 300) {
                throw new IllegalStateException(status + " " + text());
            }
            return this;
        }
    }

    public Http(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A client for an app started by the test itself (not by the test framework). */
    public static Http of(ApplicationContext app) {
        return new Http(((WebServerApplicationContext) app).getWebServer().getPort());
    }

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A request of any method with these headers (name, value, name, value, ...) and a JSON body, or none if null. */
    public Answer send(String method, String path, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).method(method, json == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    public Answer delete(String path) {
        return send("DELETE", path, null);
    }

    /** A POST of this JSON text. */
    public Answer post(String path, String json) {
        return post(path, json.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    /** A POST of raw bytes (e.g. a JSON body that is not valid UTF-8). */
    public Answer post(String path, byte[] body, String contentType) {
        return post(path, body, contentType, "*/*");
    }

    public Answer post(String path, byte[] body, String contentType, String accept) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .header("Accept", accept).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A multipart/form-data POST with one text file part named {@code file}. */
    public Answer postFile(String path, String fileContent) {
        String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"seqs.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n" + fileContent + "\r\n--" + BOUNDARY + "--\r\n";
        return post(path, body.getBytes(StandardCharsets.UTF_8), "multipart/form-data; boundary=" + BOUNDARY);
    }

    /** A multipart/form-data POST of these bytes as part {@code file} (left out if null), and form fields. */
    public Answer postMultipart(String path, byte[] file, Map<String, String> fields) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        if (file != null) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"data.txt\""
                    + "\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post(path, body.toByteArray(), "multipart/form-data; boundary=" + BOUNDARY);
    }

    /** Starts a training run from this JSON, waits until it has ended and requires it finished or solved; its id. */
    public String finishedRun(String json) {
        String id = started(json);
        await().atMost(Duration.ofSeconds(90))
                .until(() -> !get("/api/runs/" + id).json().get("status").asString().matches("queued|running"));
        String status = get("/api/runs/" + id).json().get("status").asString();
        if (!status.matches("finished|solved")) {
            throw new IllegalStateException("run " + id + " ended " + status);
        }
        return id;
    }

    /** A snapshot of a finished run of this JSON; returns the snapshot's id. */
    public String snapshotOf(String runJson) {
        return post("/api/runs/" + finishedRun(runJson) + "/snapshot", "").ok().json().get("id").asString();
    }

    private String started(String json) {
        Answer started = post("/api/runs", json);
        if (started.status() != 201) {
            throw new IllegalStateException("the run did not start: " + started.text());
        }
        return started.json().get("id").asString();
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location"),
                    response.headers().firstValue("Content-Disposition").orElse(""), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
