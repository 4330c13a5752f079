package com.lstmexplorer.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;

/**
 * A request body that is not the JSON an endpoint expects gets a 400 whose detail names the field and
 * what was wrong ({@code field 'hiddenSize': ...}), instead of Spring's bare "Failed to read request".
 * Ordered before Spring's own problem-detail handler, which would otherwise answer first.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class JsonProblems {

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail(e));
        problem.setTitle("Invalid request body");
        return problem;
    }

    private static String detail(HttpMessageNotReadableException e) {
        if (!(e.getCause() instanceof JacksonException json)) {
            return "the request body is missing or unreadable: " + e.getMessage();
        }
        String message = withoutSource(json.getOriginalMessage());
        if (json instanceof StreamReadException) {
            TokenStreamLocation at = json.getLocation();
            return "the request body is not valid JSON" + (at == null ? "" : " (line " + at.getLineNr()
                    + ", column " + at.getColumnNr() + ")") + ": " + message;
        }
        String field = json.getPath().isEmpty() ? "" : "field '" + path(json) + "': ";
        return field + message;
    }

    /** Jackson's messages may end with "(start marker at [Source: REDACTED ...])": noise to a reader. */
    private static String withoutSource(String message) {
        int source = message.indexOf(" (start marker at");
        return (source < 0 ? message : message.substring(0, source)).strip();
    }

    /** e.g. {@code sequences[2]} or {@code config.hiddenSize}. */
    private static String path(JacksonException json) {
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference ref : json.getPath()) {
            if (ref.getPropertyName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }
}
