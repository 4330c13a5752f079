package com.lstmexplorer.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

class DroppingSessionTest {
    private final ExecutorService senders = Executors.newCachedThreadPool();

    /** A socket that accepts nothing until it is opened, then records what it was sent. */
    static final class SlowSocket {
        final CountDownLatch open = new CountDownLatch(1);
        final List<String> received = new CopyOnWriteArrayList<>();

        /** The socket as a WebSocketSession: only what a session decorator calls is answered. */
        WebSocketSession session() {
            return (WebSocketSession) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {WebSocketSession.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "getId" -> "slow";
                        case "sendMessage" -> {
                            open.await();
                            received.add(((TextMessage) args[0]).getPayload());
                            yield null;
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }

    @AfterEach
    void stop() {
        senders.shutdownNow();
    }

    private static TextMessage frame(int n) {
        return new TextMessage("MESSAGE\ndestination:/topic/runs/x\n\n" + "frame " + n + " ".repeat(60));
    }

    @Test
    void neverBlocksTheSenderAndDropsTheOldestFramesOfASlowClient() {
        SlowSocket socket = new SlowSocket();
        DroppingSession session = new DroppingSession(socket.session(), 300, senders);

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            session.sendMessage(new TextMessage("CONNECTED\nversion:1.2\n\n"));
            for (int n = 1; n <= 20; n++) {
                session.sendMessage(frame(n));
            }
            session.sendMessage(new TextMessage("RECEIPT\nreceipt-id:7\n\n"));
        });
        socket.open.countDown();

        await().atMost(Duration.ofSeconds(5)).until(() -> socket.received.stream().anyMatch(m -> m.contains("frame 20 ")));
        List<String> got = socket.received;
        assertThat(got.get(0)).startsWith("CONNECTED");
        assertThat(got.get(1)).as("a protocol frame goes ahead of the frames waiting").startsWith("RECEIPT");
        List<String> frames = got.stream().filter(m -> m.startsWith("MESSAGE")).map(m -> m.split("\n")[3].strip()).toList();
        assertThat(frames).as("the newest frames, in order").endsWith("frame 20").hasSizeLessThan(20);
        assertThat(frames).isSortedAccordingTo((a, b) -> Integer.compare(
                Integer.parseInt(a.substring(6)), Integer.parseInt(b.substring(6))));
        assertThat(session.dropped()).isEqualTo(20 - frames.size());
    }

    private static LiveFrame progress(int n, LiveFrame.Kind kind) {
        return LiveFrame.json(("{\"type\":\"progress\",\"n\":" + n + "}").getBytes(StandardCharsets.UTF_8), kind);
    }

    @Test
    void progressFramesOvertakeQueuedActivationsAndAreNeverDroppedTheLastFrameStaysLast() {
        SlowSocket socket = new SlowSocket();
        DroppingSession session = new DroppingSession(socket.session(), 300, senders);
        String header = "MESSAGE\ndestination:/topic/runs/x\nsubscription:0\n\n";

        session.sendMessage(new TextMessage("CONNECTED\nversion:1.2\n\n"));
        for (int n = 1; n <= 20; n++) {
            session.send(header, LiveFrame.json(("activations " + n + " ".repeat(60)).getBytes(StandardCharsets.UTF_8),
                    LiveFrame.Kind.BULK));
            session.send(header, progress(n, LiveFrame.Kind.URGENT));
        }
        session.send(header, progress(21, LiveFrame.Kind.LAST));
        socket.open.countDown();

        await().atMost(Duration.ofSeconds(5)).until(() -> socket.received.stream().anyMatch(m -> m.contains("\"n\":21")));
        List<String> bodies = socket.received.stream().skip(1).map(m -> m.substring(header.length())).toList();
        assertThat(bodies.subList(0, 20)).as("every progress frame, first, in order").allMatch(b -> b.startsWith("{"))
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 20)
                        .mapToObj(n -> "{\"type\":\"progress\",\"n\":" + n + "}\0").toList());
        assertThat(bodies.get(bodies.size() - 1)).as("the last frame").contains("\"n\":21");
        List<String> activations = bodies.subList(20, bodies.size() - 1);
        assertThat(activations).as("only activations were dropped, the oldest").hasSizeLessThan(20)
                .last().asString().startsWith("activations 20 ");
        assertThat(session.dropped()).isEqualTo(20 - activations.size());
    }

    @Test
    void aFastClientGetsEveryFrame() {
        SlowSocket socket = new SlowSocket();
        socket.open.countDown();
        DroppingSession session = new DroppingSession(socket.session(), 300, senders);

        for (int n = 1; n <= 20; n++) {
            session.sendMessage(frame(n));
            int sent = n;
            await().atMost(Duration.ofSeconds(5)).until(() -> socket.received.size() == sent);
        }
        assertThat(session.dropped()).isZero();
    }
}
