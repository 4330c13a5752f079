package com.lstmexplorer.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An error status set without {@code sendError} and without a Content-Type (the WebSocket handshake's
 * plain-text "Can "Upgrade" only to "WebSocket".", an empty 4xx from a {@code ResponseEntity}) is turned
 * into a {@code sendError} when the request is done, so {@link ProblemReportValve} writes it as a problem
 * whose detail is the text that was written (at most 1 KiB of it). Bodies with a Content-Type (Spring's
 * problem bodies, every success) pass untouched.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BareErrorStatuses extends OncePerRequestFilter {
    private static final int MAX_TEXT = 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Capture capture = new Capture(response);
        chain.doFilter(request, capture);
        if (!request.isAsyncStarted()) {
            capture.finish();
        }
    }

    private static final class Capture extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream text = new ByteArrayOutputStream();
        private boolean capturing;
        private boolean sentError;
        private PrintWriter writer;

        Capture(HttpServletResponse response) {
            super(response);
        }

        /** True while the response is a bare error: the body written now is its message, not sent as is. */
        private boolean bareError() {
            return !sentError && getStatus() >= 400 && getContentType() == null && !isCommitted();
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            sentError = true;
            super.sendError(status, message);
        }

        @Override
        public void sendError(int status) throws IOException {
            sentError = true;
            super.sendError(status);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (!capturing && !bareError()) {
                return super.getOutputStream();
            }
            capturing = true;
            return new ServletOutputStream() {
                @Override
                public void write(int b) {
                    if (text.size() < MAX_TEXT) {
                        text.write(b);
                    }
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("an error body is written blocking");
                }
            };
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (!capturing && !bareError()) {
                return super.getWriter();
            }
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public void setContentLength(int length) {
            if (!capturing && !bareError()) {
                super.setContentLength(length);
            }
        }

        @Override
        public void setContentLengthLong(long length) {
            if (!capturing && !bareError()) {
                super.setContentLengthLong(length);
            }
        }

        void finish() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (capturing || bareError()) {
                String message = text.toString(StandardCharsets.UTF_8).strip();
                super.sendError(getStatus(), message.isEmpty() ? null : message);
            }
        }
    }
}
