package com.lstmexplorer.live;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketSessionDecorator;

/**
 * A session whose sends never block: frames wait in two queues that one sender task at a time writes
 * to the socket. The urgent queue (STOMP protocol frames such as CONNECTED or RECEIPT, and
 * {@link LiveFrame.Kind#URGENT} frames: progress) is always written first and never dropped; the bulk
 * queue ({@link LiveFrame.Kind#BULK} frames: activations, and {@link LiveFrame.Kind#LAST}, which must
 * come after them) loses its oldest droppable frames while more than {@code bufferBytes} wait in it.
 * A slow reader thus gets every progress frame at once and the newest activations. A client that
 * accepts nothing for the container's send timeout is disconnected.
 */
final class DroppingSession extends WebSocketSessionDecorator {
    private static final Logger log = LoggerFactory.getLogger(DroppingSession.class);
    private static final byte[] NUL = {0};

    /** Something to write: one WebSocket message, or one STOMP frame in fragments. */
    private interface Outgoing {
        void writeTo(WebSocketSession socket) throws IOException;

        int bytes();

        boolean droppable();
    }

    private final int bufferBytes;
    private final Executor senders;
    private final Deque<Outgoing> urgent = new ArrayDeque<>();
    private final Deque<Outgoing> bulk = new ArrayDeque<>();
    private long bulkBytes;
    private boolean sending;
    private long dropped;

    DroppingSession(WebSocketSession session, int bufferBytes, Executor senders) {
        super(session);
        this.bufferBytes = bufferBytes;
        this.senders = senders;
    }

    /** What the STOMP machinery sends (protocol frames; MESSAGE frames if the broker is ever used). */
    @Override
    public void sendMessage(WebSocketMessage<?> message) {
        boolean stompMessage = message instanceof TextMessage text && text.getPayload().startsWith("MESSAGE\n");
        enqueue(new Outgoing() {
            public void writeTo(WebSocketSession socket) throws IOException {
                socket.sendMessage(message);
            }

            public int bytes() {
                return message.getPayloadLength();
            }

            public boolean droppable() {
                return stompMessage;
            }
        }, !stompMessage);
    }

    /**
     * A STOMP MESSAGE frame: {@code header} (ending in the blank line) and the shared {@code frame}. A
     * binary frame is written in three fragments (header, the shared bytes, the NUL) so that its bytes
     * are never copied per subscriber.
     */
    void send(String header, LiveFrame frame) {
        int bytes = header.length() + frame.body().length + 1;
        enqueue(new Outgoing() {
            public void writeTo(WebSocketSession socket) throws IOException {
                if (frame.isBinary()) {
                    socket.sendMessage(new BinaryMessage(header.getBytes(StandardCharsets.UTF_8), false));
                    socket.sendMessage(new BinaryMessage(ByteBuffer.wrap(frame.body()).asReadOnlyBuffer(), false));
                    socket.sendMessage(new BinaryMessage(NUL, true));
                } else {
                    socket.sendMessage(new TextMessage(header + frame.text() + "\0"));
                }
            }

            public int bytes() {
                return bytes;
            }

            public boolean droppable() {
                return frame.kind() == LiveFrame.Kind.BULK;
            }
        }, frame.kind() == LiveFrame.Kind.URGENT);
    }

    /** Frames dropped so far for this client. */
    synchronized long dropped() {
        return dropped;
    }

    private void enqueue(Outgoing outgoing, boolean isUrgent) {
        synchronized (this) {
            if (isUrgent) {
                urgent.add(outgoing);
            } else {
                bulk.add(outgoing);
                bulkBytes += outgoing.bytes();
                dropOldestWhileOver();
            }
            if (sending) {
                return;
            }
            sending = true;
        }
        senders.execute(this::sendWaiting);
    }

    private void dropOldestWhileOver() {
        for (Iterator<Outgoing> it = bulk.iterator(); bulkBytes > bufferBytes && it.hasNext(); ) {
            Outgoing next = it.next();
            if (next != bulk.peekLast() && next.droppable()) {
                it.remove();
                bulkBytes -= next.bytes();
                dropped++;
            }
        }
    }

    private void sendWaiting() {
        while (true) {
            Outgoing next;
            synchronized (this) {
                next = urgent.poll();
                if (next == null) {
                    next = bulk.poll();
                    if (next == null) {
                        sending = false;
                        return;
                    }
                    bulkBytes -= next.bytes();
                }
            }
            try {
                next.writeTo(getDelegate());
            } catch (IOException | RuntimeException e) {
                log.debug("closing WebSocket session {}: a send failed", getId(), e);
                synchronized (this) {
                    urgent.clear();
                    bulk.clear();
                    bulkBytes = 0;
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
