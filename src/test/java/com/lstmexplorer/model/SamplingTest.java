package com.lstmexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lstmexplorer.model.task.SeedTask;
import com.lstmexplorer.model.task.SeedTasks;
import com.lstmexplorer.model.task.TaskDefaults;
import com.lstmexplorer.model.train.TrainingConfig;
import com.lstmexplorer.model.train.TrainingListener;
import com.lstmexplorer.model.train.TrainingLoop;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Temperature sampling: its frequencies, its limits (near-greedy, reproducible, stopped by the end marker). */
class SamplingTest {
    private static final double[] P = {0.2, 0.5, 0.3};

    @Test
    void atTemperatureOneTheDrawsFollowTheSoftmax() {
        SplittableRandom random = new SplittableRandom(7);
        int[] counts = new int[3];
        int draws = 40_000;
        for (int i = 0; i < draws; i++) {
            counts[Sampling.draw(P, 3, 1.0, random)]++;
        }
        for (int k = 0; k < 3; k++) {
            assertEquals(P[k], counts[k] / (double) draws, 0.01, "frequency of character " + k);
        }
    }

    @Test
    void aHotterTemperatureFlattensAndAColderOneSharpens() {
        // p^(1/T) normalised: at T = 2, 0.5 -> sqrt(.5)/(sqrt(.2)+sqrt(.5)+sqrt(.3)) = 0.4155
        assertEquals(0.4155, frequencyOfMostLikely(2.0), 0.01);
        // at T = 0.5: .25/(.04+.25+.09) = 0.6579
        assertEquals(0.6579, frequencyOfMostLikely(0.5), 0.01);
    }

    @Test
    void aTinyTemperatureIsGreedy() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 5_000; i++) {
            assertEquals(1, Sampling.draw(P, 3, 1e-3, random));
        }
        Network counting = trainedCounting();
        for (String prefix : new String[] {"aX", "aaaaaX", "aaaaaaaaaX", "aaaa"}) {
            assertEquals(counting.greedyContinue(prefix, 40),
                    counting.sampleContinue(prefix, 40, 1e-3, new SplittableRandom(3)), prefix);
        }
    }

    @Test
    void theSameSeedGivesTheSameContinuationAndOthersDiffer() {
        Network untrained = Network.create(Vocabulary.of("abcdefgh\n"), NetworkShape.lstm(1, 8), 5);
        Set<String> seen = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            String first = untrained.sampleContinue("abc", 30, 1.0, new SplittableRandom(seed));
            assertEquals(first, untrained.sampleContinue("abc", 30, 1.0, new SplittableRandom(seed)), "seed " + seed);
            seen.add(first);
        }
        assertTrue(seen.size() > 10, "20 seeds gave only " + seen.size() + " continuations: " + seen);
    }

    @Test
    void theEndMarkerStopsItAndMaxCharsCapsIt() {
        Network untrained = Network.create(Vocabulary.of("ab\n"), NetworkShape.lstm(1, 4), 2);
        int ended = 0;
        for (long seed = 0; seed < 200; seed++) {
            String out = untrained.sampleContinue("a", 12, 1.5, new SplittableRandom(seed));
            assertTrue(out.length() <= 12, out);
            int end = out.indexOf(Vocabulary.END);
            assertTrue(end < 0 || end == out.length() - 1, "nothing follows the end marker: " + out.replace("\n", "⏎"));
            if (end >= 0) {
                ended++;
            } else {
                assertEquals(12, out.length(), "without the end marker it stops at maxChars");
            }
        }
        assertTrue(ended > 50, "the end marker is drawn in many of 200 runs, got " + ended);
        assertEquals("bbbb\n", trainedCounting().sampleContinue("aaaaX", 100, 0.01, new SplittableRandom(9)));
    }

    @Test
    void temperaturesOutsideTheRangeAreRefusedByName() {
        Network untrained = Network.create(Vocabulary.of("ab\n"), NetworkShape.lstm(1, 4), 2);
        for (double t : new double[] {0, -1, Double.NaN, Sampling.MAX_TEMPERATURE * 1.01, Double.POSITIVE_INFINITY}) {
            var e = assertThrows(IllegalArgumentException.class,
                    () -> untrained.sampleContinue("a", 5, t, new SplittableRandom(1)));
            assertTrue(e.getMessage().startsWith("temperature must be greater than 0"), e.getMessage());
        }
    }

    private static double frequencyOfMostLikely(double temperature) {
        SplittableRandom random = new SplittableRandom(11);
        int hits = 0;
        int draws = 40_000;
        for (int i = 0; i < draws; i++) {
            hits += Sampling.draw(P, 3, temperature, random) == 1 ? 1 : 0;
        }
        return hits / (double) draws;
    }

    private static Network trainedCounting() {
        SeedTask task = SeedTasks.byId("counting");
        TaskDefaults d = task.defaults();
        Network network = Network.create(task.vocabulary(), NetworkShape.lstm(d.layers(), d.hiddenSize()), 1);
        new TrainingLoop(task, network, new TrainingConfig(d.learningRate(), d.batchSize(), d.maxSteps(), 1,
                TrainingConfig.DEFAULT_CLIP_NORM)).run(new TrainingListener() { }, () -> false);
        return network;
    }
}
