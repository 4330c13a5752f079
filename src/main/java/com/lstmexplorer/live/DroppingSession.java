package com.lstmexplorer.live;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketSessionDecorator;

/**
 * A session whose {@link #sendMessage} never blocks: messages wait in a queue that one sender task at
 * a time writes to the socket. When more than {@code bufferBytes} wait, the oldest STOMP MESSAGE
 * frames are dropped (protocol frames such as CONNECTED or RECEIPT never are): a slow reader gets the
 * newest frames. A client that accepts nothing for the container's send timeout is disconnected.
 */
final class DroppingSession extends WebSocketSessionDecorator {
    private static final Logger log = LoggerFactory.getLogger(DroppingSession.class);

    private final int bufferBytes;
    private final Executor senders;
    private final Deque<WebSocketMessage<?>> waiting = new ArrayDeque<>();
    private long waitingBytes;
    private boolean sending;
    private long dropped;

    DroppingSession(WebSocketSession session, int bufferBytes, Executor senders) {
        super(session);
        this.bufferBytes = bufferBytes;
        this.senders = senders;
    }

    @Override
    public void sendMessage(WebSocketMessage<?> message) {
        synchronized (this) {
            waiting.add(message);
            waitingBytes += message.getPayloadLength();
            dropOldestWhileOver();
            if (sending) {
                return;
            }
            sending = true;
        }
        senders.execute(this::sendWaiting);
    }

    /** Frames dropped so far for this client. */
    synchronized long dropped() {
        return dropped;
    }

    private void dropOldestWhileOver() {
        for (Iterator<WebSocketMessage<?>> it = waiting.iterator(); waitingBytes > bufferBytes && it.hasNext(); ) {
            WebSocketMessage<?> message = it.next();
            if (message != waiting.peekLast() && isStompMessage(message)) {
                it.remove();
                waitingBytes -= message.getPayloadLength();
                dropped++;
            }
        }
    }

    /** STOMP frames to clients are text here (JSON bodies); a MESSAGE frame carries one topic frame. */
    private static boolean isStompMessage(WebSocketMessage<?> message) {
        return message instanceof TextMessage text && text.getPayload().startsWith("MESSAGE\n");
    }

    private void sendWaiting() {
        while (true) {
            WebSocketMessage<?> message;
            synchronized (this) {
                message = waiting.poll();
                if (message == null) {
                    sending = false;
                    return;
                }
                waitingBytes -= message.getPayloadLength();
            }
            try {
                getDelegate().sendMessage(message);
            } catch (IOException | RuntimeException e) {
                log.debug("closing WebSocket session {}: a send failed", getId(), e);
                synchronized (this) {
                    waiting.clear();
                    waitingBytes = 0;
                    sending = false;
                }
                closeQuietly();
                return;
            }
        }
    }

    private void closeQuietly() {
        try {
            getDelegate().close(CloseStatus.SESSION_NOT_RELIABLE);
        } catch (IOException | RuntimeException e) {
            log.debug("could not close WebSocket session {}", getId(), e);
        }
    }
}
