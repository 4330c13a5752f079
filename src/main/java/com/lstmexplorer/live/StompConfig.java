package com.lstmexplorer.live;

import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;

/** An in-memory STOMP broker for {@code /topic/**}, reached over a plain WebSocket at {@code /ws}. */
@Configuration
@EnableWebSocketMessageBroker
class StompConfig implements WebSocketMessageBrokerConfigurer {
    private final TopicSubscriptions subscriptions;
    private final LiveSettings settings;

    StompConfig(TopicSubscriptions subscriptions, LiveSettings settings) {
        this.subscriptions = subscriptions;
        this.settings = settings;
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        registry.addEndpoint("/ws");
        // Without it a SUBSCRIBE and the next frame of one client may be handled out of order (stack.md).
        registry.setPreserveReceiveOrder(true);
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        registry.enableSimpleBroker("/topic");
        registry.setApplicationDestinationPrefixes("/app");
        // A run's last frame (its final status) must reach each client after the frames before it.
        registry.setPreservePublishOrder(true);
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(subscriptions);
    }

    @Override
    public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
        registration.setSendBufferSizeLimit(settings.sendBufferBytes());
        registration.setSendTimeLimit(settings.sendTimeLimitMs());
    }
}
