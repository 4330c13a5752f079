package com.lstmexplorer.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.coyote.http11.AbstractHttp11Protocol;

/**
 * The one place an error body is written that Spring MVC did not write itself: Tomcat's own rejections
 * (a request line, target or header it refuses, before any filter runs) and every
 * {@code response.sendError} (a filter, a servlet, an uncaught exception). It takes the place of Tomcat's
 * HTML {@link ErrorReportValve} on the host and writes (through {@link ProblemWriter}) an RFC 9457 {@code application/problem+json} body
 * naming the fault; a server failure gets a 5xx naming no internals (the exception is logged by Tomcat).
 */
public class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable error) {
        // The same guards as Tomcat's: an error status, nothing written yet, not reported yet, I/O still possible.
        if (response.getStatus() < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        RequestFaults.Fault fault = RequestFaults.describe(response.getStatus(), error, request.getCoyoteRequest(),
                headerLimit(request));
        // A request Tomcat refused has no trustworthy path; one the application answered has.
        String instance = null;
        if (fault == null) {
            fault = new RequestFaults.Fault(response.getStatus(), sentError(request, response));
            instance = RequestFaults.clip(String.valueOf(request.getRequestURI()));
        }
        write(response, fault, instance);
    }

    /** An error the application sent (or an exception it threw): named by the message given, else by status. */
    private static String sentError(Request request, Response response) {
        int status = response.getStatus();
        String method = RequestFaults.clip(request.getMethod());
        String path = RequestFaults.clip(String.valueOf(request.getRequestURI()));
        String message = response.getMessage();
        if (status >= 500) {
            return "the server failed while handling " + method + " " + path + "; the error has been logged";
        }
        if (message != null && !message.isBlank()) {
            return RequestFaults.clip(message);
        }
        String allow = response.getHeader("Allow");
        return switch (status) {
            case 401 -> method + " " + path + " requires authentication";
            case 403 -> "access to " + path + " is forbidden";
            case 404 -> "there is nothing at " + path;
            case 405 -> "the method " + method + " is not allowed on " + path
                    + (allow == null || allow.isBlank() ? "" : "; allowed: " + allow);
            case 416 -> "the requested Range of " + path + " cannot be satisfied";
            default -> method + " " + path + " was refused: " + ProblemWriter.reason(status);
        };
    }

    private static void write(Response response, RequestFaults.Fault fault, String instance) {
        try {
            ProblemWriter.prepare(response, fault.status());
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(ProblemWriter.json(fault.status(), ProblemWriter.reason(fault.status()), fault.detail(),
                        instance));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException clientGoneOrBodyClosed) {
            // Nothing left to tell the client: Tomcat closes the connection.
        }
    }

    /** The connector's limit on the request line and headers together (server.max-http-request-header-size). */
    private static int headerLimit(Request request) {
        return request.getConnector().getProtocolHandler() instanceof AbstractHttp11Protocol<?> http
                ? http.getMaxHttpRequestHeaderSize() : 8192;
    }
}
