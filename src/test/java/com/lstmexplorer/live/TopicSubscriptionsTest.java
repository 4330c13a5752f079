package com.lstmexplorer.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import org.springframework.messaging.support.ExecutorSubscribableChannel;
import org.springframework.messaging.support.MessageBuilder;

class TopicSubscriptionsTest {
    private final ExecutorSubscribableChannel channel = new ExecutorSubscribableChannel();
    private final MessageHandler broker = new SimpleBrokerMessageHandler(channel, channel, channel, List.of("/topic"));
    private final TopicSubscriptions subscriptions = new TopicSubscriptions();

    private void handled(SimpMessageType type, String session, String subscription, String destination) {
        handled(type, session, subscription, destination, broker);
    }

    private void handled(SimpMessageType type, String session, String subscription, String destination,
                         MessageHandler handler) {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(type);
        headers.setSessionId(session);
        headers.setSubscriptionId(subscription);
        headers.setDestination(destination);
        Message<byte[]> message = MessageBuilder.createMessage(new byte[0], headers.getMessageHeaders());
        subscriptions.afterMessageHandled(message, channel, handler, null);
    }

    @Test
    void countsSubscribersUntilTheyUnsubscribeOrDisconnect() {
        handled(SimpMessageType.SUBSCRIBE, "s1", "sub-0", "/topic/runs/a");
        handled(SimpMessageType.SUBSCRIBE, "s2", "sub-0", "/topic/runs/a");
        handled(SimpMessageType.SUBSCRIBE, "s2", "sub-1", "/topic/runs/b");
        assertThat(subscriptions.hasSubscribers("/topic/runs/a")).isTrue();
        assertThat(subscriptions.hasSubscribers("/topic/runs/c")).isFalse();

        handled(SimpMessageType.UNSUBSCRIBE, "s1", "sub-0", null);
        assertThat(subscriptions.hasSubscribers("/topic/runs/a")).as("s2 still there").isTrue();

        handled(SimpMessageType.DISCONNECT, "s2", null, null);
        assertThat(subscriptions.hasSubscribers("/topic/runs/a")).isFalse();
        assertThat(subscriptions.hasSubscribers("/topic/runs/b")).isFalse();

        handled(SimpMessageType.DISCONNECT, "s2", null, null);
        assertThat(subscriptions.hasSubscribers("/topic/runs/a")).as("a second disconnect changes nothing").isFalse();
    }

    @Test
    void tellsListenersAboutNewSubscriptionsOnceTheBrokerHasThem() {
        List<TopicSubscriptions.Subscriber> greeted = new ArrayList<>();
        subscriptions.onSubscribe(greeted::add);

        handled(SimpMessageType.SUBSCRIBE, "s1", "sub-0", "/topic/runs/a", message -> { });
        assertThat(greeted).as("another handler than the broker").isEmpty();
        assertThat(subscriptions.hasSubscribers("/topic/runs/a")).isFalse();

        handled(SimpMessageType.SUBSCRIBE, "s1", "sub-0", "/topic/runs/a");
        assertThat(greeted).containsExactly(new TopicSubscriptions.Subscriber("s1", "sub-0", "/topic/runs/a"));
        assertThat(subscriptions.subscribers("/topic/runs/a")).containsExactly(greeted.get(0));
        assertThat(subscriptions.subscribers("/topic/runs/b")).isEmpty();
    }
}
