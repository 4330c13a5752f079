package com.lstmexplorer.live;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * WebSocket send limit, {@code lstm-explorer.live.send-buffer-bytes}: frames for a client whose
 * connection is slower than the stream wait in a buffer of at most this size; past it the oldest are
 * dropped. (A client that accepts nothing for Tomcat's blocking send timeout, 20 s, is disconnected.)
 */
@ConfigurationProperties("lstm-explorer.live")
public record LiveSettings(Integer sendBufferBytes) {
    public LiveSettings {
        sendBufferBytes = sendBufferBytes == null ? 4 * 1024 * 1024 : sendBufferBytes;
    }
}
