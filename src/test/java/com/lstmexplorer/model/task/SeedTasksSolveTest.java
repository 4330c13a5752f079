package com.lstmexplorer.model.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.NetworkShape;
import com.lstmexplorer.model.train.TrainingConfig;
import com.lstmexplorer.model.train.TrainingListener;
import com.lstmexplorer.model.train.TrainingOutcome;
import com.lstmexplorer.model.train.TrainingLoop;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each seed task's defaults train a real network that solves it, for seeds 1, 2 and 3. */
class SeedTasksSolveTest {

    static Network fresh(SeedTask task, long seed) {
        TaskDefaults d = task.defaults();
        return Network.create(task.vocabulary(), NetworkShape.lstm(d.layers(), d.hiddenSize()), seed);
    }

    static TrainingOutcome train(SeedTask task, Network network, long seed) {
        TaskDefaults d = task.defaults();
        TrainingConfig config = new TrainingConfig(d.learningRate(), d.batchSize(), d.maxSteps(), seed,
                TrainingConfig.DEFAULT_CLIP_NORM);
        return new TrainingLoop(task, network, config).run(new TrainingListener() { }, () -> false);
    }

    /** The solved check done by hand: every case's greedy continuation from the delimiter is the rest + ⏎. */
    static boolean decodesEveryCase(SeedTask task, Network network) {
        for (String sequence : task.evaluationSet()) {
            int cut = sequence.indexOf(task.delimiter()) + 1;
            String rest = sequence.substring(cut) + "\n";
            if (!network.greedyContinue(sequence.substring(0, cut), rest.length() + 5).equals(rest)) {
                return false;
            }
        }
        return true;
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @CsvSource({"counting,1", "counting,2", "counting,3",
            "selective-counting,1", "selective-counting,2", "selective-counting,3",
            "state-memory,1", "state-memory,2", "state-memory,3",
            "copy,1", "copy,2", "copy,3"})
    void defaultsSolveTheTask(String id, long seed) {
        SeedTask task = SeedTasks.byId(id);
        Network network = fresh(task, seed);
        assertFalse(task.evaluate(network).solved(), "an untrained network does not solve " + id);

        TrainingOutcome outcome = train(task, network, seed);

        assertNotNull(outcome.solvedAtStep(), id + " not solved in " + outcome.steps() + " steps: " + outcome);
        assertEquals(new Evaluation(1.0, true), task.evaluate(network));
        assertTrue(decodesEveryCase(task, network), "the judge agrees with decoding done by hand");
        task.generalisation().ifPresent(sweep -> {
            List<SweepPoint> points = sweep.sweep(network);
            assertEquals(sweep.sweepMax(), points.size());
            for (SweepPoint point : points.subList(0, sweep.trainedMax())) {
                if (!id.equals("selective-counting")) { // its sweep cases are not the evaluation cases
                    assertEquals(1.0, point.accuracy(), id + " " + sweep.variable() + " = " + point.n());
                }
            }
        });
    }
}
