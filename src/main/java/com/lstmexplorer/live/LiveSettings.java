package com.lstmexplorer.live;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * WebSocket send limits, {@code lstm-explorer.live.*}. Frames for a client whose connection is slower
 * than the stream wait in a buffer of at most {@code sendBufferBytes}; past it, or after
 * {@code sendTimeLimitMs} on one send, that client (never training) is cut off and may reconnect.
 */
@ConfigurationProperties("lstm-explorer.live")
public record LiveSettings(Integer sendBufferBytes, Integer sendTimeLimitMs) {
    public LiveSettings {
        sendBufferBytes = sendBufferBytes == null ? 16 * 1024 * 1024 : sendBufferBytes;
        sendTimeLimitMs = sendTimeLimitMs == null ? 20_000 : sendTimeLimitMs;
    }
}
