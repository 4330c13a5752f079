package com.lstmexplorer.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tomcat.util.http.MimeHeaders;

/**
 * Names what is wrong with a request Tomcat refused before the application saw it (a request line or
 * header it could not parse, a request target it will not decode), from what Tomcat leaves behind: the
 * status it set, its exception, and the raw request line. Client faults always get a 4xx here, also
 * those Tomcat answers with 501 or 505.
 */
final class RequestFaults {
    /** What {@link ProblemReportValve} writes: the status to send and the sentence naming the fault. */
    record Fault(int status, String detail) {
    }

    private static final String HEADER_SIZE_SETTING = "setting server.max-http-request-header-size";
    private static final Pattern BAD_PERCENT = Pattern.compile("%(?![0-9A-Fa-f]{2}).{0,2}");
    /** Tomcat quotes the offending request target in brackets: "... request target [/a{b} ]...". */
    private static final Pattern BRACKETED = Pattern.compile("\\[(.*)]", Pattern.DOTALL);
    /** Printable characters RFC 3986 does not allow in a request target (Tomcat's default). */
    private static final String NOT_IN_TARGET = "\"#<>\\^`{|}";
    private static final Pattern CONTROL_BYTE = Pattern.compile("0x([0-9a-fA-F]{2})");

    private RequestFaults() {
    }

    /**
     * The fault behind an error Tomcat raised itself, or null when nothing shows one (an error the application
     * sent); {@code headerLimit} is the connector's limit on request line and headers in bytes.
     */
    static Fault describe(int status, Throwable error, org.apache.coyote.Request raw, int headerLimit) {
        String method = raw.method().toString();
        String target = raw.requestURI().isNull() ? "" : raw.requestURI().toString();
        if (error != null && !(error instanceof java.io.IOException)) {
            Fault parse = parseFault(error.getMessage(), target, headerLimit);
            if (parse != null) {
                return parse;
            }
        }
        if (status == 505) {
            return bad("the HTTP version '" + clip(raw.protocol().toString())
                    + "' is not supported: this server speaks HTTP/1.1 and HTTP/1.0");
        }
        if ("CONNECT".equals(method)) {
            return bad("the CONNECT method is not supported: this server is not a proxy");
        }
        if (status == 501) {
            return bad("the request's Transfer-Encoding '" + clip(header(raw.getMimeHeaders(), "transfer-encoding"))
                    + "' is not supported: this server reads chunked bodies only");
        }
        if (status == 400 && !target.isEmpty()) {
            Fault uri = targetFault(target);
            if (uri != null) {
                return uri;
            }
        }
        String framing = status == 400 ? headerFault(raw) : null;
        return framing == null ? null : bad(framing);
    }

    /** An exception of Tomcat's HTTP/1.1 parser, recognised by its (localised) message. */
    private static Fault parseFault(String message, String target, int headerLimit) {
        return TomcatParseErrors.of(message).map(error -> switch (error) {
            case HEADERS_TOO_LARGE -> target.isEmpty()
                    ? new Fault(414, "the request line (method, target and version) is longer than the "
                            + headerLimit + " bytes this server reads for the request line and headers together ("
                            + HEADER_SIZE_SETTING + ")")
                    : new Fault(431, "the request headers are larger than the " + headerLimit
                            + " bytes this server reads for the request line and headers together ("
                            + HEADER_SIZE_SETTING + ")");
            case ILLEGAL_TARGET_CHARACTER -> {
                Matcher quoted = BRACKETED.matcher(message);
                yield bad("the request target contains " + illegalChar(quoted.find() ? quoted.group(1) : "")
                        + ", which is not allowed in a URL (RFC 3986): percent-encode it");
            }
            case ILLEGAL_METHOD ->
                    bad("the request method is not a valid HTTP token: a method is letters, digits and !#$%&'*+-.^_`|~");
            case NO_HTTP_VERSION -> bad("the request line does not end with an HTTP version such as HTTP/1.1 (a space "
                    + "in the request target must be percent-encoded as %20)");
            case BARE_LF -> bad("a line of the request ends with a bare LF: HTTP lines end with CR LF");
            case MALFORMED_HEADER ->
                    bad("a request header line is malformed: a header is a token name, a colon and a value (RFC 9112)");
        }).orElse(null);
    }

    /** Why Tomcat refused to decode or normalise this raw request target (most specific first). */
    private static Fault targetFault(String target) {
        String path = target.toLowerCase();
        if (path.contains("%2f")) {
            return bad("the request target contains an encoded slash (%2F), which this server refuses");
        }
        if (path.contains("%5c")) {
            return bad("the request target contains an encoded backslash (%5C), which this server refuses");
        }
        if (path.contains("\\")) {
            return bad("the request target contains a backslash (\\), which is not allowed in a URL path");
        }
        Matcher percent = BAD_PERCENT.matcher(target);
        if (percent.find()) {
            return bad("the request target has a malformed percent-encoding '" + percent.group()
                    + "': a % must be followed by two hexadecimal digits");
        }
        if (path.contains("%00")) {
            return bad("the request target contains an encoded NUL character (%00), which this server refuses");
        }
        if (path.contains("..") || path.contains("%2e")) {
            return bad("the request target's path climbs above the root with '..', which this server refuses");
        }
        if (!target.startsWith("/")) {
            return bad("the request target '" + clip(target) + "' is not a path starting with /");
        }
        return null;
    }

    /** Tomcat's framing checks that leave no message (Host, Content-Length, Transfer-Encoding); null if none failed. */
    private static String headerFault(org.apache.coyote.Request raw) {
        MimeHeaders headers = raw.getMimeHeaders();
        int hosts = count(headers, "host");
        if (hosts == 0 && "HTTP/1.1".equals(raw.protocol().toString())) {
            return "the HTTP/1.1 request has no Host header";
        }
        if (hosts > 1) {
            return "the request has " + hosts + " Host headers; it may have one";
        }
        int lengths = count(headers, "content-length");
        if (lengths > 1 || (lengths == 1 && !header(headers, "content-length").strip().matches("[0-9]+"))) {
            return "the request's Content-Length is not one whole number of bytes";
        }
        if (count(headers, "transfer-encoding") > 0) {
            return "the request's Transfer-Encoding '" + clip(header(headers, "transfer-encoding"))
                    + "' is malformed: this server reads chunked bodies only";
        }
        return null;
    }

    /**
     * The first character a request target may not hold, quoted for the detail, from Tomcat's printable copy
     * of the target (a control or non-ASCII byte appears there as {@code 0xNN}, a space ends it).
     */
    private static String illegalChar(String printable) {
        String target = printable.strip();
        for (int i = 0; i < target.length(); i++) {
            if (NOT_IN_TARGET.indexOf(target.charAt(i)) >= 0) {
                return "the character '" + target.charAt(i) + "'";
            }
        }
        Matcher controlByte = CONTROL_BYTE.matcher(target);
        return controlByte.find() ? "the byte 0x" + controlByte.group(1).toUpperCase() : "a character";
    }

    private static int count(MimeHeaders headers, String name) {
        int n = 0;
        for (int i = 0; i < headers.size(); i++) {
            n += headers.getName(i).equalsIgnoreCase(name) ? 1 : 0;
        }
        return n;
    }

    private static String header(MimeHeaders headers, String name) {
        String value = headers.getHeader(name);
        return value == null ? "" : value;
    }

    /** Echoes at most 100 characters of what the client sent, as printable ASCII. */
    static String clip(String text) {
        String ascii = text.replaceAll("[^\\x20-\\x7e]", "?");
        return ascii.length() <= 100 ? ascii : ascii.substring(0, 100) + "...";
    }

    private static Fault bad(String detail) {
        return new Fault(400, detail);
    }
}
