package com.lstmexplorer.live;

import java.nio.charset.StandardCharsets;

/**
 * One frame of a topic, encoded once whatever the number of subscribers: each subscriber's STOMP
 * MESSAGE frame is a small header of its own in front of these same bytes. {@link Kind} says how a
 * subscriber's queue treats it when the subscriber reads slower than frames come.
 */
public record LiveFrame(byte[] body, String contentType, Kind kind) {

    public enum Kind {
        /** Sent before any queued {@link #BULK} frame and never dropped (progress). */
        URGENT,
        /** Dropped, oldest first, when a subscriber falls behind (activations). */
        BULK,
        /** Never dropped, sent after everything queued before it (a run's last frame, which must stay last). */
        LAST
    }

    /** UTF-8 JSON, sent as a text WebSocket message. */
    public static LiveFrame json(byte[] utf8, Kind kind) {
        return new LiveFrame(utf8, "application/json", kind);
    }

    /** Bytes, sent as a binary WebSocket message (stompjs gives them as {@code message.binaryBody}). */
    public static LiveFrame binary(byte[] bytes, Kind kind) {
        return new LiveFrame(bytes, "application/octet-stream", kind);
    }

    boolean isBinary() {
        return contentType.equals("application/octet-stream");
    }

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
