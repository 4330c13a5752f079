package com.lstmexplorer.live;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * Sends frames to the subscribers of a destination without the broker: the frame is encoded once and
 * handed to each subscriber's {@link DroppingSession} with a STOMP header of its own (destination,
 * subscription, message id), so the cost per subscriber is a header and a socket write.
 */
@Component
public class LiveTopics {
    private final TopicSubscriptions subscriptions;
    private final Map<String, DroppingSession> sessions = new ConcurrentHashMap<>();
    private final AtomicLong messageIds = new AtomicLong();

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
        subscriptions.subscribers(destination).forEach(to -> publish(to, frame));
    }

    /** To one subscription (for instance a greeting to a new subscriber). */
    public void publish(TopicSubscriptions.Subscriber to, LiveFrame frame) {
        DroppingSession session = sessions.get(to.session());
        if (session != null) {
            session.send(header(to, frame), frame);
        }
    }

    private String header(TopicSubscriptions.Subscriber to, LiveFrame frame) {
        return "MESSAGE\ndestination:" + escape(to.destination()) + "\ncontent-type:" + frame.contentType()
                + "\nsubscription:" + escape(to.subscription()) + "\nmessage-id:" + messageIds.incrementAndGet()
                + "\ncontent-length:" + frame.body().length + "\n\n";
    }

    /** STOMP 1.2 header value escaping. */
    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n").replace(":", "\\c");
    }
}
