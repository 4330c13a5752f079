package com.lstmexplorer.model.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lstmexplorer.model.NamedMatrix;
import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.NetworkShape;
import com.lstmexplorer.model.cell.CellType;
import com.lstmexplorer.model.task.Evaluation;
import com.lstmexplorer.model.task.SeedTask;
import com.lstmexplorer.model.task.SeedTasks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A {@link TrainingSession} trains as {@link TrainingLoop#run} does, bit for bit, even when several sessions take
 * turns on one thread (as a comparison's cells do): the same loss at every step, the same evaluations, the same
 * end and the same weights.
 */
class TrainingSessionTest {
    private static final SeedTask COUNTING = SeedTasks.byId("counting");
    private static final List<CellType> CELLS = List.of(CellType.LSTM, CellType.GRU, CellType.RNN);

    /** Everything a training says as it goes. */
    static final class Heard implements TrainingListener {
        final List<Double> losses = new ArrayList<>();
        final List<String> evaluations = new ArrayList<>();

        @Override
        public void afterStep(int step, double loss, Network network) {
            assertEquals(losses.size() + 1, step);
            losses.add(loss);
        }

        @Override
        public void afterEvaluation(int step, Evaluation evaluation) {
            evaluations.add(step + ": " + evaluation);
        }
    }

    private static Network network(CellType cell) {
        return Network.create(COUNTING.vocabulary(), new NetworkShape(cell, 1, 10), 5);
    }

    private static TrainingLoop loop(Network network, int maxSteps, Stopping stopping) {
        return new TrainingLoop(COUNTING, network, new TrainingConfig(0.02, 32, maxSteps, 5, 5.0), stopping);
    }

    /** 170 steps: not a multiple of the evaluation interval, so the end has an evaluation of its own. */
    @Test
    void sessionsTakingTurnsTrainEachCellExactlyAsTheLoopDoesAloneToMaxSteps() {
        List<TrainingOutcome> outcomes = trainAloneAndTogether(170, Stopping.CONVERGED);
        outcomes.forEach(o -> assertEquals(EndReason.MAX_STEPS, o.endReason()));
    }

    /** Each cell ends at its own first solve, and the others train on. */
    @Test
    void sessionsTakingTurnsEachEndAtTheirOwnFirstSolve() {
        List<TrainingOutcome> outcomes = trainAloneAndTogether(2000, Stopping.AT_FIRST_SOLVE);
        outcomes.forEach(o -> assertEquals(EndReason.FIRST_SOLVE, o.endReason()));
        assertTrue(outcomes.stream().map(TrainingOutcome::steps).distinct().count() > 1,
                "the cells solve at different steps: " + outcomes);
    }

    /** Trains every cell alone with the loop, then all of them taking turns; checks they agree; the outcomes. */
    private static List<TrainingOutcome> trainAloneAndTogether(int maxSteps, Stopping stopping) {
        List<Heard> alone = new ArrayList<>();
        List<TrainingOutcome> aloneOutcomes = new ArrayList<>();
        List<Network> aloneNetworks = new ArrayList<>();
        for (CellType cell : CELLS) {
            Heard heard = new Heard();
            Network network = network(cell);
            aloneOutcomes.add(loop(network, maxSteps, stopping).run(heard, () -> false));
            alone.add(heard);
            aloneNetworks.add(network);
        }

        List<Heard> together = new ArrayList<>();
        List<TrainingSession> sessions = new ArrayList<>();
        List<Network> togetherNetworks = new ArrayList<>();
        for (CellType cell : CELLS) {
            Heard heard = new Heard();
            Network network = network(cell);
            sessions.add(loop(network, maxSteps, stopping).start(heard, () -> false));
            together.add(heard);
            togetherNetworks.add(network);
        }
        List<TrainingOutcome> togetherOutcomes = new ArrayList<>(Collections.nCopies(CELLS.size(), null));
        for (boolean anyTraining = true; anyTraining; ) {
            anyTraining = false;
            for (int k = 0; k < sessions.size(); k++) {
                if (togetherOutcomes.get(k) != null) {
                    continue;
                }
                if (sessions.get(k).step()) {
                    anyTraining = true;
                } else {
                    togetherOutcomes.set(k, sessions.get(k).finish());
                }
            }
        }

        for (int k = 0; k < CELLS.size(); k++) {
            CellType cell = CELLS.get(k);
            assertEquals(alone.get(k).losses, together.get(k).losses, cell + ": the loss at every step");
            assertEquals(alone.get(k).evaluations, together.get(k).evaluations, cell + ": the evaluations");
            assertEquals(summary(aloneOutcomes.get(k)), summary(togetherOutcomes.get(k)), cell.id());
            List<NamedMatrix> wa = aloneNetworks.get(k).parameters();
            List<NamedMatrix> wb = togetherNetworks.get(k).parameters();
            for (int p = 0; p < wa.size(); p++) {
                assertArrayEquals(wa.get(p).values(), wb.get(p).values(), cell + " " + wa.get(p).name());
            }
            assertTrue(alone.get(k).losses.size() > TrainingLoop.DEFAULT_EVALUATE_EVERY, "trained past an evaluation");
        }
        return togetherOutcomes;
    }

    /** An outcome without its wall time. */
    private static List<Object> summary(TrainingOutcome o) {
        return List.of(o.steps(), o.loss(), o.evaluation(), String.valueOf(o.solvedAtStep()), o.endReason(), o.stopped());
    }
}
