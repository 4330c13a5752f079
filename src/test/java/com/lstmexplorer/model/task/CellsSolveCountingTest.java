package com.lstmexplorer.model.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.NetworkShape;
import com.lstmexplorer.model.cell.CellType;
import com.lstmexplorer.model.train.TrainingConfig;
import com.lstmexplorer.model.train.TrainingListener;
import com.lstmexplorer.model.train.TrainingLoop;
import com.lstmexplorer.model.train.TrainingOutcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every cell besides the LSTM ({@link SeedTasksSolveTest} has it) solves counting with the task's defaults
 * (1 × 10, lr 0.02, batch 32, up to 5 000 steps), seeds 1–3. When written they solved at steps
 * peephole 80/60/60, CIFG 120/160/100, GRU 120/120/120, plain RNN 200/180/520.
 */
class CellsSolveCountingTest {

    @ParameterizedTest(name = "{0}, seed {1}")
    @CsvSource({"peephole,1", "peephole,2", "peephole,3", "cifg,1", "cifg,2", "cifg,3", "gru,1", "gru,2", "gru,3",
            "rnn,1", "rnn,2", "rnn,3"})
    void countingDefaultsSolveIt(String cellId, long seed) {
        SeedTask task = SeedTasks.byId("counting");
        TaskDefaults d = task.defaults();
        Network network = Network.create(task.vocabulary(), new NetworkShape(CellType.byId(cellId), d.layers(),
                d.hiddenSize()), seed);
        TrainingConfig config = new TrainingConfig(d.learningRate(), d.batchSize(), d.maxSteps(), seed,
                TrainingConfig.DEFAULT_CLIP_NORM);
        TrainingOutcome outcome = new TrainingLoop(task, network, config).run(new TrainingListener() { }, () -> false);
        assertNotNull(outcome.solvedAtStep(), cellId + " not solved in " + outcome.steps() + " steps: " + outcome);
        assertEquals(new Evaluation(1.0, true), task.evaluate(network));
        assertEquals(true, SeedTasksSolveTest.decodesEveryCase(task, network));
    }
}
