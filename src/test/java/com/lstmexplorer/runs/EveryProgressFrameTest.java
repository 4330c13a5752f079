package com.lstmexplorer.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * Issue 9's promise to watchers, checked with real STOMP clients: each subscriber, a slow one and a late
 * one included, gets every progress frame published after its greeting (the frame that tells it the
 * {@code last-seq} when its subscription took effect), in order, without a gap, and the final frame last.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lstm-explorer.runs.max-concurrent=1", "lstm-explorer.runs.max-queued=1"})
class EveryProgressFrameTest extends RunTesting {

    @Test
    void everySubscriberGetsEveryProgressFrameAfterItsGreetingInOrderAndTheFinalFrameLast() throws Exception {
        String id = http.post("/api/runs", RunsApiTest.LONG_RUN).json().get("id").asString();
        await().atMost(Duration.ofSeconds(15)).until(() -> http.get("/api/runs/" + id).json().get("step").asInt() > 0);
        try (StompFrames fast = new StompFrames(port, id);
             StompFrames slow = new StompFrames(port, id, 400, false)) {
            await().atMost(Duration.ofSeconds(15)).until(() -> fast.ofType("progress").size() >= 4);
            try (StompFrames late = new StompFrames(port, id)) {
                await().atMost(Duration.ofSeconds(15)).until(() -> late.ofType("progress").size() >= 4);
                // The slow one reads a frame per 0.4 s while 4 come a second: let it fall well behind first.
                await().atMost(Duration.ofSeconds(60)).until(() -> slow.ofType("progress").size() > 8);
                http.post("/api/runs/" + id + "/stop", "");
                List<StompFrames> all = List.of(fast, slow, late);
                await().atMost(Duration.ofSeconds(90)).until(() -> all.stream().allMatch(s -> isFinal(s.last())));
                long finalSeq = seqOfLast(fast);
                assertThat(finalSeq).isEqualTo(seqOfLast(slow)).isEqualTo(seqOfLast(late));
                all.forEach(stream -> assertEveryProgressFrameAfterItsGreeting(stream, finalSeq));
            }
        }
    }

    private static boolean isFinal(JsonNode frame) {
        return frame.get("type").asString().equals("progress") && frame.get("status").asString().equals("stopped");
    }

    private static long seqOfLast(StompFrames stream) {
        return stream.numbers.get(stream.numbers.size() - 1).seq();
    }

    private static void assertEveryProgressFrameAfterItsGreeting(StompFrames stream, long finalSeq) {
        int greeting = -1;
        List<Long> after = new ArrayList<>();
        for (int i = 0; i < stream.frames.size(); i++) {
            StompFrames.Numbering numbering = stream.numbers.get(i);
            boolean progress = stream.frames.get(i).get("type").asString().equals("progress");
            assertThat(numbering.seq() != null || numbering.lastSeq() != null).as("frame %d is numbered", i)
                    .isEqualTo(progress);
            if (numbering.lastSeq() != null) {
                assertThat(greeting).as("one greeting").isEqualTo(-1);
                greeting = i;
            } else if (progress && greeting >= 0) {
                after.add(numbering.seq());
            } else if (progress) {
                assertThat(stream.numbers.get(i).seq()).as("a frame on its way before the greeting").isPositive();
            }
        }
        assertThat(greeting).as("the greeting came").isNotNegative();
        long lastSeq = stream.numbers.get(greeting).lastSeq();
        assertThat(after).as("every progress frame after the greeting, in order")
                .containsExactlyElementsOf(LongStream.rangeClosed(lastSeq + 1, finalSeq).boxed().toList());
        assertThat(after.size()).isGreaterThan(3);
        assertThat(isFinal(stream.last())).isTrue();
    }
}
