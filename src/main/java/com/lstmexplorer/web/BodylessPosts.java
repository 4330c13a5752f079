package com.lstmexplorer.web;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.InputStream;
import java.io.Reader;
import java.util.Arrays;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A POST to an endpoint that reads no body ({@code POST /api/runs/{id}/stop}) but carrying one is refused
 * with 415 naming the endpoint and the body's type, as an endpoint that reads JSON refuses any other
 * Content-Type; otherwise the body would be silently ignored. A POST without a body passes. A handler that takes
 * the servlet request only to read headers says so with {@link ReadsNoBody}.
 */
@Component
class BodylessPosts implements HandlerInterceptor, WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if ("POST".equals(request.getMethod()) && handler instanceof HandlerMethod method && !readsBody(method)
                && (request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null)) {
            String type = request.getContentType() == null ? "none given" : "'" + request.getContentType() + "'";
            throw new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "POST " + request.getRequestURI()
                    + " takes no request body, but this request has one (Content-Type " + type + ")");
        }
        return true;
    }

    private static boolean readsBody(HandlerMethod method) {
        if (method.hasMethodAnnotation(ReadsNoBody.class)) {
            return false;
        }
        return Arrays.stream(method.getMethodParameters()).anyMatch(BodylessPosts::readsBody);
    }

    private static boolean readsBody(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        return parameter.hasParameterAnnotation(RequestBody.class) || parameter.hasParameterAnnotation(RequestPart.class)
                || parameter.hasParameterAnnotation(RequestParam.class) || ServletRequest.class.isAssignableFrom(type)
                || InputStream.class.isAssignableFrom(type) || Reader.class.isAssignableFrom(type)
                || HttpEntity.class.isAssignableFrom(type);
    }
}
