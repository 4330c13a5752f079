package com.lstmexplorer.web;

import java.util.Arrays;
import java.util.Optional;
import org.apache.tomcat.util.res.StringManager;

/**
 * The parse errors of Tomcat's HTTP/1.1 reader that {@link RequestFaults} names. Tomcat reports them only as
 * an exception whose message is one of its own localised strings, so each is recognised by that string's
 * fixed start, read once from Tomcat's own bundle under its key. {@code TomcatParseErrorsTest} checks every
 * key against the Tomcat on the classpath, so an upgrade that renames one fails the build instead of
 * quietly turning a named fault into a bare 400.
 */
enum TomcatParseErrors {
    HEADERS_TOO_LARGE(Bundle.HTTP11, "iib.requestheadertoolarge.error"),
    ILLEGAL_TARGET_CHARACTER(Bundle.HTTP11, "iib.invalidRequestTarget"),
    ILLEGAL_METHOD(Bundle.HTTP11, "iib.invalidmethod"),
    NO_HTTP_VERSION(Bundle.HTTP11, "iib.invalidHttpProtocol"),
    BARE_LF(Bundle.HEADER_PARSER, "httpHeaderParser.invalidCrlfNoCR"),
    MALFORMED_HEADER(Bundle.HEADER_PARSER, "httpHeaderParser.invalidHeader");

    private static final class Bundle {
        static final String HTTP11 = "org.apache.coyote.http11";
        static final String HEADER_PARSER = "org.apache.tomcat.util.http.parser";
    }

    private final String bundle;
    private final String key;
    /** The message up to its first argument; null if Tomcat has no such key. */
    private final String prefix;

    TomcatParseErrors(String bundle, String key) {
        this.bundle = bundle;
        this.key = key;
        String pattern = StringManager.getManager(bundle).getString(key);
        this.prefix = pattern == null ? null : pattern.substring(0, pattern.indexOf('{') < 0 ? pattern.length()
                : pattern.indexOf('{'));
    }

    /** The error this message reports, if it is one of these. */
    static Optional<TomcatParseErrors> of(String message) {
        return message == null ? Optional.empty()
                : Arrays.stream(values()).filter(e -> e.prefix != null && message.startsWith(e.prefix)).findFirst();
    }

    /** True if Tomcat's bundle has this key (with a non-empty text to recognise). */
    boolean known() {
        return prefix != null && !prefix.isBlank();
    }

    @Override
    public String toString() {
        return bundle + ":" + key;
    }
}
