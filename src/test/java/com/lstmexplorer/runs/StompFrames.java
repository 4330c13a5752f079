package com.lstmexplorer.runs;

import jakarta.websocket.ContainerProvider;
import jakarta.websocket.WebSocketContainer;
import java.lang.reflect.Type;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;
import tools.jackson.databind.JsonNode;

/** A real STOMP client over a plain WebSocket that records every frame of one run's topic. */
final class StompFrames implements AutoCloseable {
    private static final int LARGE = 32 * 1024 * 1024;

    final List<JsonNode> frames = new CopyOnWriteArrayList<>();
    final List<Integer> sizes = new CopyOnWriteArrayList<>();
    private final WebSocketStompClient client;
    private final StompSession session;

    StompFrames(int port, String runId) throws Exception {
        WebSocketContainer container = ContainerProvider.getWebSocketContainer();
        container.setDefaultMaxTextMessageBufferSize(LARGE);
        container.setDefaultMaxBinaryMessageBufferSize(LARGE);
        client = new WebSocketStompClient(new StandardWebSocketClient(container));
        client.setInboundMessageSizeLimit(LARGE);
        session = client.connectAsync("ws://localhost:" + port + "/ws", new StompSessionHandlerAdapter() { })
                .get(15, TimeUnit.SECONDS);
        session.setAutoReceipt(true);
        var receipt = session.subscribe("/topic/runs/" + runId, new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return byte[].class;
            }

            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
                byte[] bytes = (byte[]) payload;
                sizes.add(bytes.length);
                frames.add(Http.JSON.readTree(bytes));
            }
        });
        var subscribed = new java.util.concurrent.CompletableFuture<Void>();
        receipt.addReceiptTask(() -> subscribed.complete(null));
        subscribed.get(15, TimeUnit.SECONDS);
    }

    List<JsonNode> ofType(String type) {
        return frames.stream().filter(f -> f.get("type").asString().equals(type)).toList();
    }

    JsonNode last() {
        return frames.get(frames.size() - 1);
    }

    @Override
    public void close() {
        session.disconnect();
        client.stop();
    }
}
