package com.lstmexplorer.runs;

import com.lstmexplorer.testing.Http;
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

/**
 * A real STOMP client over a plain WebSocket that records every frame of one run's topic; a slow one
 * ({@code readDelayMs} > 0) takes that long over each frame, holding up its connection like a browser
 * that cannot keep up. Activations frames (binary, format 1) are decoded into the JSON shape of docs/wire-format.md;
 * without {@code parseActivations} they are only counted (kept as {"type":"activations"}): a
 * benchmark's client shares the server's cores, a browser does not.
 */
final class StompFrames implements AutoCloseable {
    private static final int LARGE = 32 * 1024 * 1024;
    private static final JsonNode ACTIVATIONS = Http.JSON.createObjectNode().put("type", "activations");

    final List<JsonNode> frames = new CopyOnWriteArrayList<>();
    final List<Integer> sizes = new CopyOnWriteArrayList<>();
    /** Per frame, its numbering headers (see {@code LiveTopics}). */
    final List<Numbering> numbers = new CopyOnWriteArrayList<>();

    /** {@code seq}: a topic frame that is never dropped; {@code lastSeq}: a greeting; null when absent. */
    record Numbering(Long seq, Long lastSeq) {
        static Numbering of(StompHeaders headers) {
            return new Numbering(number(headers.getFirst("seq")), number(headers.getFirst("last-seq")));
        }

        private static Long number(String header) {
            return header == null ? null : Long.valueOf(header);
        }
    }
    private final WebSocketStompClient client;
    private final StompSession session;

    StompFrames(int port, String runId) throws Exception {
        this(port, runId, 0, true);
    }

    StompFrames(int port, String runId, long readDelayMs, boolean parseActivations) throws Exception {
        WebSocketContainer container = ContainerProvider.getWebSocketContainer();
        container.setDefaultMaxTextMessageBufferSize(LARGE);
        container.setDefaultMaxBinaryMessageBufferSize(LARGE);
        client = new WebSocketStompClient(new StandardWebSocketClient(container));
        client.setInboundMessageSizeLimit(LARGE);
        session = client.connectAsync("ws://localhost:" + port + "/ws", new StompSessionHandlerAdapter() { })
                .get(15, TimeUnit.SECONDS);
        // The server greets each new subscriber with the run's current state: tests wait for frames.
        session.subscribe("/topic/runs/" + runId, new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return byte[].class;
            }

            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
                byte[] bytes = (byte[]) payload;
                if (readDelayMs > 0) {
                    try {
                        Thread.sleep(readDelayMs);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                sizes.add(bytes.length);
                numbers.add(Numbering.of(headers));
                if (!CompactActivationsDecoder.isCompact(bytes)) {
                    frames.add(Http.JSON.readTree(bytes));
                } else {
                    frames.add(parseActivations ? CompactActivationsDecoder.decode(bytes) : ACTIVATIONS);
                }
            }
        });
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
