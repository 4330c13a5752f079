package com.lstmexplorer.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.lstmexplorer.model.NamedMatrix;
import com.lstmexplorer.model.cell.CellType;
import com.lstmexplorer.model.task.SeedTasks;
import com.lstmexplorer.model.task.Task;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.server.ResponseStatusException;

/**
 * Runs started together ({@link RunService#startTogether}): one pool thread trains them in lockstep, each exactly
 * as it would train alone, each ending on its own; they are admitted all together or not at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lstm-explorer.runs.max-concurrent=1", "lstm-explorer.runs.max-queued=3",
                "lstm-explorer.snapshots.seed-networks=false"})
class GroupTrainingTest extends RunTesting {
    private static final Task COUNTING = SeedTasks.byId("counting");
    private static final RunConfig LSTM = new RunConfig("lstm", 1, 10, 11L, 0.02, 32, 150, null, false);
    private static final List<RunConfig> THREE_CELLS = List.of(LSTM, LSTM.withCell(CellType.GRU),
            LSTM.withCell(CellType.RNN));

    /** Counting, noting which trainer (by its random generator) drew each sequence on which thread; one may fail. */
    static final class TurnTaking implements TaskOfOurOwn {
        final List<Integer> drawnBy = new ArrayList<>();
        final List<String> threads = new ArrayList<>();
        private final Map<RandomGenerator, Integer> trainers = new IdentityHashMap<>();
        private final int failing;
        private final int failAfterDraws;

        TurnTaking(int failing, int failAfterDraws) {
            this.failing = failing;
            this.failAfterDraws = failAfterDraws;
        }

        @Override
        public Task like() {
            return COUNTING;
        }

        @Override
        public synchronized String next(RandomGenerator random) {
            int trainer = trainers.computeIfAbsent(random, r -> trainers.size());
            drawnBy.add(trainer);
            threads.add(Thread.currentThread().getName());
            if (trainer == failing && drawnBy.stream().filter(t -> t == failing).count() > failAfterDraws) {
                throw new IllegalStateException("member " + failing + " ran out of data");
            }
            return COUNTING.next(random);
        }

        /** Who drew each minibatch, in order: one entry per update. */
        synchronized List<Integer> updates(int batchSize) {
            List<Integer> updates = new ArrayList<>();
            for (int k = 0; k < drawnBy.size(); k += batchSize) {
                updates.add(drawnBy.get(k));
            }
            return updates;
        }
    }

    private static void awaitEnded(List<Run> runs) {
        await().atMost(Duration.ofSeconds(60)).until(() -> runs.stream().allMatch(r -> r.status().isFinal()));
    }

    @Test
    void eachRunTrainedTogetherTrainsExactlyAsTheSameRunAlone() {
        List<Run> together = runs.startTogether(COUNTING, THREE_CELLS, null);
        awaitEnded(together);
        for (int k = 0; k < THREE_CELLS.size(); k++) {
            Run alone = runs.start(COUNTING, THREE_CELLS.get(k), null);
            awaitEnded(List.of(alone));
            Run member = together.get(k);
            String cell = member.config().cell();
            assertThat(member.status()).as(cell).isEqualTo(alone.status());
            assertThat(member.view().endReason()).isEqualTo(alone.view().endReason()).isEqualTo("max-steps");
            assertThat(member.view().step()).isEqualTo(alone.view().step()).isEqualTo(150);
            assertThat(member.view().history()).as(cell + ": loss and accuracy at every evaluation")
                    .isEqualTo(alone.view().history()).hasSize(150 / 20 + 1);
            assertThat(member.view().solvedAtStep()).isEqualTo(alone.view().solvedAtStep());
            List<NamedMatrix> a = member.network().parameters();
            List<NamedMatrix> b = alone.network().parameters();
            for (int p = 0; p < a.size(); p++) {
                assertThat(a.get(p).values()).as(cell + " " + a.get(p).name()).isEqualTo(b.get(p).values());
            }
        }
        assertThat(together.stream().map(r -> r.config().cell())).containsExactly("lstm", "gru", "rnn");
    }

    @Test
    void runsTrainedTogetherTakeTurnsOnOneThreadAndOneFailingLeavesTheOthersTraining() {
        TurnTaking task = new TurnTaking(1, 40 * 32);
        List<Run> together = runs.startTogether(task, THREE_CELLS, null);
        awaitEnded(together);

        List<Integer> updates = task.updates(32);
        List<Integer> expected = new ArrayList<>();
        for (int round = 0; round < 150; round++) {
            for (int member = 0; member < 3; member++) {
                if (member != 1 || round < 40) {
                    expected.add(member);
                } else if (round == 40) {
                    expected.add(member); // the draw that fails: the update it was for never happens
                }
            }
        }
        assertThat(updates).as("one update of each in turn, round after round").isEqualTo(expected);
        assertThat(task.threads).as("all on one pool thread").allMatch(t -> t.equals(task.threads.get(0)))
                .allMatch(t -> t.startsWith("run-train-"));
        assertThat(together.get(1).status()).isEqualTo(RunStatus.FAILED);
        assertThat(together.get(1).view().error()).isEqualTo("member 1 ran out of data");
        assertThat(together.get(1).view().step()).isEqualTo(40);
        assertThat(List.of(together.get(0).view().endReason(), together.get(2).view().endReason()))
                .containsOnly("max-steps");
        assertThat(together.get(2).view().step()).isEqualTo(150);
    }

    @Test
    void runsStartTogetherOrNotAtAll() {
        Run alone = runs.start(COUNTING, new RunConfig("lstm", 1, 10, 1L, 1e-6, 32, 100_000, null, false), null);
        int known = runs.list().size();
        List<RunConfig> four = new ArrayList<>(THREE_CELLS);
        four.add(LSTM.withCell(CellType.CIFG));

        assertThatThrownBy(() -> runs.startTogether(COUNTING, four, null))
                .isInstanceOfSatisfying(ResponseStatusException.class, e -> {
                    assertThat(e.getStatusCode().value()).isEqualTo(429);
                    assertThat(e.getReason()).contains("4 runs trained together need 4 places")
                            .contains("max-concurrent=1").contains("max-queued=3");
                });
        assertThat(runs.list()).as("none of them was started").hasSize(known);

        List<Run> three = runs.startTogether(COUNTING, THREE_CELLS, null);
        assertThat(runs.list()).hasSize(known + 3);
        assertThat(three).allMatch(r -> r.status() == RunStatus.QUEUED);
        runs.stop(alone.id());
        awaitEnded(three);
        assertThat(three).allMatch(r -> "max-steps".equals(r.view().endReason()));
    }
}
