package com.lstmexplorer.live;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;

/** An in-memory STOMP broker for {@code /topic/**}, reached over a plain WebSocket at {@code /ws}. */
@Configuration
@EnableWebSocketMessageBroker
class StompConfig implements WebSocketMessageBrokerConfigurer {
    private final TopicSubscriptions subscriptions;
    private final LiveSettings settings;
    private final LiveTopics topics;
    /** Writes frames to sockets; a thread per client that is being written to, none for idle ones. */
    private final ExecutorService senders = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "ws-send");
        t.setDaemon(true);
        return t;
    });

    StompConfig(TopicSubscriptions subscriptions, LiveSettings settings, LiveTopics topics) {
        this.subscriptions = subscriptions;
        this.settings = settings;
        this.topics = topics;
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        // Declines permessage-deflate, which would compress every frame once per client.
        registry.addEndpoint("/ws").setHandshakeHandler(new DefaultHandshakeHandler(new NoExtensionsUpgrade()));
        // Without it a SUBSCRIBE and the next frame of one client may be handled out of order.
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
        registration.addDecoratorFactory(handler -> new DropOldestFrames(handler, settings.sendBufferBytes(), senders, topics));
    }

    @PreDestroy
    void close() {
        senders.shutdownNow();
    }
}
