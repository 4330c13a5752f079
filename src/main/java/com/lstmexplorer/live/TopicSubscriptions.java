package com.lstmexplorer.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.broker.AbstractBrokerMessageHandler;
import org.springframework.messaging.support.ExecutorChannelInterceptor;
import org.springframework.stereotype.Component;

/**
 * Who is subscribed to which destination, so a publisher can skip work nobody will see, and can greet
 * a new subscriber with the current state. It watches client frames after the broker has handled them,
 * so a greeting sent from {@link #onSubscribe} always reaches the new subscription.
 */
@Component
public class TopicSubscriptions implements ExecutorChannelInterceptor {
    /** session id → subscription id → destination. */
    private final Map<String, Map<String, String>> sessions = new ConcurrentHashMap<>();
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();
    private final List<Consumer<Subscriber>> subscribeListeners = new CopyOnWriteArrayList<>();

    /** One subscription of one client session. */
    public record Subscriber(String session, String subscription, String destination) {
    }

    /** True if at least one client is subscribed to exactly {@code destination}. */
    public boolean hasSubscribers(String destination) {
        return counts.getOrDefault(destination, 0) > 0;
    }

    /** The subscriptions to exactly {@code destination} now. */
    public List<Subscriber> subscribers(String destination) {
        List<Subscriber> found = new ArrayList<>();
        sessions.forEach((session, subscriptions) -> subscriptions.forEach((subscription, to) -> {
            if (to.equals(destination)) {
                found.add(new Subscriber(session, subscription, to));
            }
        }));
        return found;
    }

    /** Calls {@code listener} with the new subscription each time a client has subscribed (on a broker thread). */
    public void onSubscribe(Consumer<Subscriber> listener) {
        subscribeListeners.add(listener);
    }

    @Override
    public void afterMessageHandled(Message<?> message, MessageChannel channel, MessageHandler handler,
                                    Exception ex) {
        if (!(handler instanceof AbstractBrokerMessageHandler) || ex != null) {
            return;
        }
        SimpMessageType type = SimpMessageHeaderAccessor.getMessageType(message.getHeaders());
        String session = SimpMessageHeaderAccessor.getSessionId(message.getHeaders());
        String subscription = SimpMessageHeaderAccessor.getSubscriptionId(message.getHeaders());
        if (type == null || session == null) {
            return;
        }
        switch (type) {
            case SUBSCRIBE -> subscribed(session, subscription,
                    SimpMessageHeaderAccessor.getDestination(message.getHeaders()));
            case UNSUBSCRIBE -> unsubscribed(session, subscription);
            case DISCONNECT -> disconnected(session);
            default -> {
            }
        }
    }

    private void subscribed(String session, String subscription, String destination) {
        if (subscription == null || destination == null) {
            return;
        }
        String previous = sessions.computeIfAbsent(session, s -> new ConcurrentHashMap<>()).put(subscription, destination);
        if (previous != null) {
            decrement(previous);
        }
        counts.merge(destination, 1, Integer::sum);
        Subscriber subscriber = new Subscriber(session, subscription, destination);
        subscribeListeners.forEach(listener -> listener.accept(subscriber));
    }

    private void unsubscribed(String session, String subscription) {
        Map<String, String> subscriptions = sessions.get(session);
        String destination = subscriptions == null || subscription == null ? null : subscriptions.remove(subscription);
        if (destination != null) {
            decrement(destination);
        }
    }

    private void disconnected(String session) {
        Map<String, String> subscriptions = sessions.remove(session);
        if (subscriptions != null) {
            subscriptions.values().forEach(this::decrement);
        }
    }

    private void decrement(String destination) {
        counts.computeIfPresent(destination, (d, n) -> n > 1 ? n - 1 : null);
    }
}
