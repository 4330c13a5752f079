package com.lstmexplorer.live;

import java.util.concurrent.Executor;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;

/**
 * Hands the STOMP machinery a {@link DroppingSession} for each connection, so that a client reading
 * slower than frames come skips the older activations frames and stays connected, and no broker
 * thread ever waits on it; and tells {@link LiveTopics} which sessions are open.
 */
final class DropOldestFrames extends WebSocketHandlerDecorator {
    private final int bufferBytes;
    private final Executor senders;
    private final LiveTopics topics;

    DropOldestFrames(WebSocketHandler delegate, int bufferBytes, Executor senders, LiveTopics topics) {
        super(delegate);
        this.bufferBytes = bufferBytes;
        this.senders = senders;
        this.topics = topics;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) throws Exception {
        DroppingSession dropping = new DroppingSession(session, bufferBytes, senders);
        topics.opened(dropping);
        super.afterConnectionEstablished(dropping);
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus closeStatus) throws Exception {
        topics.closed(session.getId());
        super.afterConnectionClosed(session, closeStatus);
    }
}
