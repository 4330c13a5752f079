package com.lstmexplorer.model.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.task.SeedTask;
import com.lstmexplorer.model.task.SeedTasks;
import org.junit.jupiter.api.Test;

/** The convergence rule on window losses given by hand, and the training loop's end reasons on a real task. */
class StoppingTest {

    @Test
    void convergesOnlyWhenSolvedPatienceEvaluationsPastTheSolveAndWithoutAGain() {
        Stopping.Plateau plateau = new Stopping(false, 3, 0.10).new Plateau();
        assertFalse(plateau.converged(1.0, false));  // 1: reference 1.0
        assertFalse(plateau.converged(0.95, true));  // 2: first solved; 5% is no gain
        assertFalse(plateau.converged(0.92, true));  // 3
        assertFalse(plateau.converged(0.85, true));  // 4: a 15% gain, reference 0.85
        assertFalse(plateau.converged(0.80, true));  // 5
        assertFalse(plateau.converged(0.80, false)); // 6: not solved now
        assertTrue(plateau.converged(0.79, true));   // 7: 3 evaluations without a 10% gain, 5 past the solve
    }

    @Test
    void atFirstSolveNeverConvergesItStopsAtTheSolveInstead() {
        Stopping.Plateau plateau = Stopping.AT_FIRST_SOLVE.new Plateau();
        for (int i = 0; i < 10; i++) {
            assertFalse(plateau.converged(1.0, true));
        }
    }

    @Test
    void theLoopLearnsOnPastTheFirstSolveAndKeepsItsStep() {
        SeedTask task = SeedTasks.byId("counting");
        TrainingOutcome first = train(task, Stopping.AT_FIRST_SOLVE);
        TrainingOutcome converged = train(task, Stopping.CONVERGED);
        assertEquals(EndReason.FIRST_SOLVE, first.endReason());
        assertEquals(first.solvedAtStep(), first.steps());
        assertEquals(EndReason.CONVERGED, converged.endReason());
        assertEquals(first.solvedAtStep(), converged.solvedAtStep(), "the same training reaches the same first solve");
        assertTrue(converged.steps() >= converged.solvedAtStep() + Stopping.CONVERGED.patience() * 20);
        assertTrue(converged.evaluation().solved());
    }

    private static TrainingOutcome train(SeedTask task, Stopping stopping) {
        Network network = Network.create(task.vocabulary(), task.defaults().shape(), 1);
        TrainingOutcome outcome = new TrainingLoop(task, network, TrainingConfig.of(task.defaults(), 1), stopping)
                .run(new TrainingListener() { }, () -> false);
        assertNotNull(outcome.solvedAtStep());
        return outcome;
    }
}
