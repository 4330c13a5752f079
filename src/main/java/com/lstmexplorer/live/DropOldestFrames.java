package com.lstmexplorer.live;

import java.util.concurrent.Executor;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;

/**
 * Hands the STOMP machinery a {@link DroppingSession} for each connection, so that a client reading
 * slower than frames come skips the older frames and stays connected, and no broker thread ever
 * waits on it.
 */
final class DropOldestFrames extends WebSocketHandlerDecorator {
    private final int bufferBytes;
    private final Executor senders;

    DropOldestFrames(WebSocketHandler delegate, int bufferBytes, Executor senders) {
        super(delegate);
        this.bufferBytes = bufferBytes;
        this.senders = senders;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) throws Exception {
        super.afterConnectionEstablished(new DroppingSession(session, bufferBytes, senders));
    }
}
