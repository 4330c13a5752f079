package com.lstmexplorer.live;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * Sends frames to the subscribers of a destination without the broker: the frame is encoded once and
 * handed to each subscriber's {@link DroppingSession} with a STOMP header of its own (destination,
 * subscription, message id), so the cost per subscriber is a header and a socket write.
 * <p>The frames of a destination that are never dropped (progress) carry {@code seq: 1, 2, ...}, so a
 * client can tell that it got every one: a frame sent to one subscription (a greeting, sent once the
 * subscription is in place) carries {@code last-seq}, the number of the last one published then, and
 * every later one reaches that subscription after it, in order, without a gap.
 */
@Component
public class LiveTopics {
    private final TopicSubscriptions subscriptions;
    private final Map<String, DroppingSession> sessions = new ConcurrentHashMap<>();
    private final AtomicLong messageIds = new AtomicLong();
    /** destination → the {@code seq} of its last frame that is never dropped; gone after its LAST frame. */
    private final Map<String, AtomicLong> sequences = new ConcurrentHashMap<>();

    LiveTopics(TopicSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    void opened(DroppingSession session) {
        sessions.put(session.getId(), session);
    }

    void closed(String sessionId) {
        sessions.remove(sessionId);
    }

    /** To every subscriber of {@code destination}. */
    public void publish(String destination, LiveFrame frame) {
        long seq = frame.kind() == LiveFrame.Kind.BULK ? 0
                : sequences.computeIfAbsent(destination, d -> new AtomicLong()).incrementAndGet();
        String numbered = seq == 0 ? "" : "seq:" + seq + "\n";
        subscriptions.subscribers(destination).forEach(to -> send(to, frame, numbered));
        if (frame.kind() == LiveFrame.Kind.LAST) {
            sequences.remove(destination);
        }
    }

    /** To one subscription (for instance a greeting to a new subscriber). */
    public void publish(TopicSubscriptions.Subscriber to, LiveFrame frame) {
        AtomicLong last = sequences.get(to.destination());
        send(to, frame, frame.kind() == LiveFrame.Kind.BULK ? "" : "last-seq:" + (last == null ? 0 : last.get()) + "\n");
    }

    private void send(TopicSubscriptions.Subscriber to, LiveFrame frame, String numbering) {
        DroppingSession session = sessions.get(to.session());
        if (session != null) {
            session.send(header(to, frame, numbering), frame);
        }
    }

    /** {@code numbering}: a {@code seq} or {@code last-seq} header line, or nothing. */
    private String header(TopicSubscriptions.Subscriber to, LiveFrame frame, String numbering) {
        return "MESSAGE\ndestination:" + escape(to.destination()) + "\ncontent-type:" + frame.contentType()
                + "\nsubscription:" + escape(to.subscription()) + "\nmessage-id:" + messageIds.incrementAndGet()
                + "\n" + numbering + "content-length:" + frame.body().length + "\n\n";
    }

    /** STOMP 1.2 header value escaping. */
    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n").replace(":", "\\c");
    }
}
