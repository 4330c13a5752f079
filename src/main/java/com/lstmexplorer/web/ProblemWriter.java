package com.lstmexplorer.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one writer of RFC 9457 problem bodies outside Spring MVC (which writes its own from a {@code ProblemDetail}):
 * the filters and security handlers, which answer before any controller runs, and {@link ProblemReportValve}. The
 * shape is Spring's ({@code type}, {@code title}, {@code status}, {@code detail}, {@code instance}), so a client
 * cannot tell who refused it.
 */
public final class ProblemWriter {
    static final String MEDIA_TYPE = MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemWriter() {
    }

    /** Sets the status and writes the problem as the whole body; {@code instance} is the request's path. */
    public static void write(HttpServletResponse response, String instance, HttpStatus status, String title,
                             String detail) throws IOException {
        prepare(response, status.value());
        response.getOutputStream().write(json(status.value(), title, detail, instance).getBytes(StandardCharsets.UTF_8));
    }

    /** Status, Content-Type and charset of a problem answer, before its body is written. */
    static void prepare(HttpServletResponse response, int status) {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
    }

    /** The problem as JSON; without {@code instance} when it is null (a request whose path cannot be trusted). */
    static String json(int status, String title, String detail, String instance) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        if (instance != null) {
            problem.put("instance", instance);
        }
        return JSON.writeValueAsString(problem);
    }

    /** The status's reason phrase, the title of a problem nobody named otherwise. */
    static String reason(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "Error " + status : known.getReasonPhrase();
    }
}
