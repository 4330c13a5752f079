package com.lstmexplorer.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.lstmexplorer.testing.Http;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.JsonNode;

/**
 * Hostile and malformed requests over a raw socket against the real server: each fault class gets a 4xx
 * {@code application/problem+json} body whose detail names it, never HTML, a stack trace or a 5xx.
 * Faults Tomcat refuses before the application also close the connection, which the test checks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lstm-explorer.snapshots.seed-networks=false")
class HostileRequestsTest {
    @LocalServerPort
    int port;

    /** A request line to send with a Host header, kept alive (Tomcat must close it itself on a parse fault). */
    private RawHttp.Response get(String target) {
        return new RawHttp(port).send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
    }

    /** Asserts a problem body with this 4xx status whose detail contains {@code named}; returns its JSON. */
    static JsonNode assertProblem(RawHttp.Response response, int status, String named) {
        assertThat(response.status()).as(response.body()).isEqualTo(status).isBetween(400, 499);
        return assertProblemBody(response, status, named);
    }

    private static JsonNode assertProblemBody(RawHttp.Response response, int status, String named) {
        assertThat(response.header("Content-Type")).as(response.body()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContainIgnoringCase("<html").doesNotContain("Exception")
                .doesNotContain("\tat ").doesNotContain("org.apache").doesNotContain("springframework");
        JsonNode problem = Http.JSON.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).contains(named);
        return problem;
    }

    /** A fault Tomcat refuses itself: the problem, then the connection closed (the request line is untrusted). */
    private static void assertRefusedByTomcat(RawHttp.Response response, int status, String named) {
        assertProblem(response, status, named);
        assertThat(response.closed()).as("connection closed after " + status).isTrue();
    }

    @Test
    void encodedSlashesAndBackslashes() {
        assertRefusedByTomcat(get("/api/snapshots/..%2F..%2Fetc"), 400, "encoded slash (%2F)");
        assertRefusedByTomcat(get("/api/snapshots/a%2fb"), 400, "encoded slash (%2F)");
        assertRefusedByTomcat(get("/api/snapshots/a%5Cb"), 400, "encoded backslash (%5C)");
        assertRefusedByTomcat(get("/api/snapshots/a\\b"), 400, "the character '\\'");
    }

    @Test
    void malformedPercentEncoding() {
        assertRefusedByTomcat(get("/api/tasks/%zz"), 400, "malformed percent-encoding '%zz'");
        assertRefusedByTomcat(get("/api/tasks%4"), 400, "malformed percent-encoding '%4'");
        assertRefusedByTomcat(get("/api/tasks/%00"), 400, "encoded NUL character (%00)");
    }

    @Test
    void charactersIllegalInARequestTarget() {
        assertRefusedByTomcat(get("/api/snapshots/a{b}"), 400, "the character '{'");
        assertRefusedByTomcat(get("/api/snapshots/a|b"), 400, "the character '|'");
        assertRefusedByTomcat(get("/s/<script>"), 400, "the character '<'");
        assertRefusedByTomcat(get("/api/tasks\u0001"), 400, "the byte 0x01");
        assertRefusedByTomcat(get("/a b"), 400, "percent-encoded as %20");
    }

    @Test
    void pathsAboveTheRoot() {
        assertRefusedByTomcat(get("/../etc/passwd"), 400, "climbs above the root");
        assertRefusedByTomcat(get("/api/../../etc"), 400, "climbs above the root");
    }

    @Test
    void oversizedUrlsAndHeaders() {
        assertRefusedByTomcat(get("/api/snapshots/" + "a".repeat(9000)), 414,
                "setting server.max-http-request-header-size");
        RawHttp.Response bigHeader = new RawHttp(port).send("GET /api/tasks HTTP/1.1\r\nHost: localhost\r\nX-Big: "
                + "b".repeat(9000) + "\r\n\r\n");
        assertRefusedByTomcat(bigHeader, 431, "request headers are larger than");
    }

    @Test
    void malformedRequestLinesAndHeaders() {
        RawHttp raw = new RawHttp(port);
        assertRefusedByTomcat(raw.send("G(T /api/tasks HTTP/1.1\r\nHost: localhost\r\n\r\n"), 400,
                "method is not a valid HTTP token");
        assertRefusedByTomcat(raw.send("GET /api/tasks HTTP/9.9\r\nHost: localhost\r\n\r\n"), 400, "'HTTP/9.9'");
        assertRefusedByTomcat(raw.send("GET /api/tasks HTTP/1.1\r\n\r\n"), 400, "no Host header");
        assertRefusedByTomcat(raw.send("GET /api/tasks HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n"), 400, "2 Host headers");
        assertRefusedByTomcat(raw.send("GET /api/tasks HTTP/1.1\r\nHost: localhost\r\nBad Header: x\r\n\r\n"), 400,
                "header line is malformed");
        assertRefusedByTomcat(raw.send("POST /api/runs HTTP/1.1\r\nHost: localhost\r\nContent-Length: ten\r\n\r\n"),
                400, "Content-Length");
        assertRefusedByTomcat(raw.send("POST /api/runs HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: gzip\r\n\r\n"),
                400, "Transfer-Encoding 'gzip'");
        assertRefusedByTomcat(raw.send("CONNECT localhost:1 HTTP/1.1\r\nHost: localhost\r\n\r\n"), 400, "CONNECT");
    }

    /** HTTP/0.9 answers have no status line and no headers: the problem is all there is, then the close. */
    @Test
    void anHttp09RequestGetsTheProblemBodyAlone() {
        String answer = new RawHttp(port).sendAndReadAll("GET /api/snapshots/a%2Fb\r\n");
        assertThat(answer).doesNotStartWith("HTTP/").doesNotContainIgnoringCase("<html");
        JsonNode problem = Http.JSON.readTree(answer);
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("detail").asString()).contains("encoded slash (%2F)");
    }

    @Test
    void unsupportedMethodsNameTheMethodAndWhatIsAllowed() {
        RawHttp raw = new RawHttp(port);
        String close = " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
        JsonNode patch = assertProblem(raw.send("PATCH /api/tasks" + close), 405, "the method PATCH is not supported");
        assertThat(patch.path("detail").asString()).contains("GET");
        assertProblem(raw.send("DELETE /api/runs" + close), 405, "DELETE");
        assertProblem(raw.send("PUT /api/snapshots" + close), 405, "PUT");
        assertProblem(raw.send("TRACE /api/tasks" + close), 405, "TRACE");
        assertProblem(raw.send("BREW /api/tasks" + close), 405, "BREW");
    }

    @Test
    void whatIsNotThereAndUnsatisfiableRanges() {
        RawHttp raw = new RawHttp(port);
        assertProblem(raw.send("GET /no/such/page HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), 404,
                "no/such/page");
        assertProblem(raw.send("GET /error HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), 404, "error");
        RawHttp.Response range = raw.send("GET /css/base.css HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Range: bytes=99999999-\r\n\r\n");
        assertProblem(range, 416, "Range of /css/base.css");
    }

    @Test
    void anErrorAFilterSendsIsAProblemToo() {
        RawHttp.Response forbidden = new RawHttp(port).send(
                "GET /test-filters/forbidden HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        JsonNode problem = assertProblem(forbidden, 403, "the test filter refuses this");
        assertThat(problem.path("instance").asString()).isEqualTo("/test-filters/forbidden");
    }

    @Test
    void anErrorStatusSetWithoutABodyOrWithPlainTextIsAProblemToo() {
        RawHttp raw = new RawHttp(port);
        String close = " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
        assertProblem(raw.send("GET /test-filters/unauthorized" + close), 401,
                "GET /test-filters/unauthorized requires authentication");
        // The WebSocket endpoint opened as a page: Spring's handshake answers 400 in plain text.
        assertProblem(raw.send("GET /ws" + close), 400, "Upgrade");
    }

    @Test
    void aFailingFilterIsA500ProblemThatNamesNoInternals() {
        RawHttp.Response failed = new RawHttp(port).send(
                "GET /test-filters/throws HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(failed.status()).isEqualTo(500);
        assertProblemBody(failed, 500, "the server failed while handling GET /test-filters/throws");
        assertThat(failed.body()).doesNotContain("internal secret");
    }

    /** Filters standing in for a later security filter and for a bug in a filter. */
    @TestConfiguration
    static class TestFilters {
        @Bean
        FilterRegistrationBean<Filter> forbiddingFilter() {
            Filter filter = (request, response, chain) -> ((HttpServletResponse) response).sendError(403,
                    "the test filter refuses this");
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
            registration.addUrlPatterns("/test-filters/forbidden");
            return registration;
        }

        @Bean
        FilterRegistrationBean<Filter> bareStatusFilter() {
            Filter filter = (request, response, chain) -> ((HttpServletResponse) response).setStatus(401);
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
            registration.addUrlPatterns("/test-filters/unauthorized");
            return registration;
        }

        @Bean
        FilterRegistrationBean<Filter> failingFilter() {
            Filter filter = (request, response, chain) -> {
                throw new IllegalStateException("internal secret");
            };
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
            registration.addUrlPatterns("/test-filters/throws");
            return registration;
        }
    }
}
