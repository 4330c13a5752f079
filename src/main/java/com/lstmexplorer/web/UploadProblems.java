package com.lstmexplorer.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Uploads that Spring's multipart parser refuses before any controller runs: too large (413) or not
 * readable as multipart/form-data (400), each with a detail naming the limit or the problem, where
 * Spring alone says "Maximum upload size exceeded" or answers 500. Ordered before Spring's handler.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadProblems {
    private final String maxFileSize;
    private final String maxRequestSize;

    UploadProblems(@Value("${spring.servlet.multipart.max-file-size:1MB}") String maxFileSize,
                   @Value("${spring.servlet.multipart.max-request-size:10MB}") String maxRequestSize) {
        this.maxFileSize = maxFileSize;
        this.maxRequestSize = maxRequestSize;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "the upload is too large: this server accepts files of at most " + maxFileSize
                        + " (setting spring.servlet.multipart.max-file-size) in requests of at most " + maxRequestSize
                        + " (setting spring.servlet.multipart.max-request-size)");
        problem.setTitle("Upload too large");
        return problem;
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail unreadable(MultipartException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "the request is not readable as multipart/form-data: " + cause.getMessage());
        problem.setTitle("Invalid upload");
        return problem;
    }
}
