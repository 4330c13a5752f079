package com.lstmexplorer.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns the engine's validation errors into {@code 400 application/problem+json} whose detail is the
 * engine's own message (it names the offending value). Spring's own errors (404, 405, 413, bad JSON,
 * {@code ResponseStatusException}, {@code ErrorResponseException}) are rendered as problem bodies by
 * {@code spring.mvc.problemdetails.enabled=true}.
 */
@RestControllerAdvice
class ApiProblems {

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badInput(IllegalArgumentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid input");
        return problem;
    }
}
