package com.lstmexplorer.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.lstmexplorer.model.task.SeedTasks;
import com.lstmexplorer.model.task.Task;
import java.time.Duration;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/** {@link RunService} with a task of its caller's own (as runs of users' data will be). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lstm-explorer.runs.max-concurrent=1", "lstm-explorer.runs.max-queued=1"})
class RunServiceTest extends RunTesting {
    /** The counting task, except that its training data runs out after a few sequences. */
    record RunningDry(Task like, int sequences) implements TaskOfOurOwn {
        @Override
        public String next(RandomGenerator random) {
            if (random.nextInt(sequences) == 0) {
                throw new IllegalStateException("the training data ran out");
            }
            return like.next(random);
        }

        public String id() { return "dry"; }
        public String title() { return "running dry"; }
    }

    @Test
    void aRunThatFailsSaysWhy() {
        Task task = new RunningDry(SeedTasks.byId("counting"), 50);
        Run run = runs.start(task, new RunConfig("lstm", 1, 4, 7L, 0.01, 32, 100_000, null, false), null);

        await().atMost(Duration.ofSeconds(30)).until(() -> run.status().isFinal());
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        JsonNode shown = http.get("/api/runs/" + run.id()).json();
        assertThat(shown.get("status").asString()).isEqualTo("failed");
        assertThat(shown.get("task").asString()).isEqualTo("dry");
        assertThat(shown.get("error").asString()).contains("the training data ran out");
    }

    @Test
    void aTaskOfTheCallersOwnTrainsWithItsVocabulary() {
        Task task = new RunningDry(SeedTasks.byId("counting"), Integer.MAX_VALUE);
        Run run = runs.start(task, new RunConfig("lstm", 1, 3, 1, 0.01, 4, 5, null, false), null);

        await().atMost(Duration.ofSeconds(30)).until(() -> run.status().isFinal());
        assertThat(run.status()).isEqualTo(RunStatus.FINISHED);
        assertThat(run.view().step()).isEqualTo(5);
        assertThat(run.network().vocabulary()).isEqualTo(task.vocabulary());
        assertThat(run.probes()).isEqualTo(task.evaluationSet().subList(0, Math.min(50, task.evaluationSet().size())));
    }
}
