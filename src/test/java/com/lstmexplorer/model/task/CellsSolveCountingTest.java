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
import java.util.Arrays;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every cell besides the LSTM ({@link SeedTasksSolveTest} has it) solves counting with the task's defaults
 * (1 × 10, lr 0.02, batch 32, up to 5 000 steps), seeds 1–3. When written they solved at steps
 * peephole 80/60/60, CIFG 120/160/100, GRU 120/120/120, plain RNN 200/180/520.
 */
class CellsSolveCountingTest {

    static Stream<Arguments> cellsAndSeeds() {
        return Arrays.stream(CellType.values()).filter(cell -> cell != CellType.LSTM)
                .flatMap(cell -> LongStream.rangeClosed(1, 3).mapToObj(seed -> Arguments.of(cell, seed)));
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("cellsAndSeeds")
    void countingDefaultsSolveIt(CellType cell, long seed) {
        SeedTask task = SeedTasks.byId("counting");
        TaskDefaults d = task.defaults();
        Network network = Network.create(task.vocabulary(), new NetworkShape(cell, d.layers(),
                d.hiddenSize()), seed);
        TrainingConfig config = new TrainingConfig(d.learningRate(), d.batchSize(), d.maxSteps(), seed,
                TrainingConfig.DEFAULT_CLIP_NORM);
        TrainingOutcome outcome = new TrainingLoop(task, network, config).run(new TrainingListener() { }, () -> false);
        assertNotNull(outcome.solvedAtStep(), cell + " not solved in " + outcome.steps() + " steps: " + outcome);
        assertEquals(new Evaluation(1.0, true), task.evaluate(network));
        assertEquals(true, SeedTasksSolveTest.decodesEveryCase(task, network));
    }
}
