package com.lstmexplorer.model.task;

import static com.lstmexplorer.model.task.SeedFormats.assertAllValid;
import static com.lstmexplorer.model.task.SeedFormats.assertUniform;
import static com.lstmexplorer.model.task.SeedFormats.count;
import static com.lstmexplorer.model.task.SeedFormats.draw;
import static com.lstmexplorer.model.task.SeedFormats.tally;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SelectiveCountingTaskTest {
    private final SelectiveCountingTask task = new SelectiveCountingTask();

    @Test
    void generatorDrawsValidSequencesWithNAndKUniform() {
        List<String> samples = draw(task, 30_000);
        assertAllValid("selective-counting", samples);
        assertUniform(tally(samples, s -> count(s, 'a')), 1, 10);
        assertUniform(tally(samples, s -> count(s, 'X')), 0, 5);
    }

    @Test
    void anXMayComeAnywhereAmongTheAs() {
        List<String> samples = draw(task, 5_000);
        assertTrue(samples.stream().anyMatch(s -> s.startsWith("X")), "an X first");
        assertTrue(samples.stream().anyMatch(s -> s.contains("XY")), "an X last");
        assertTrue(samples.stream().anyMatch(s -> s.matches("a+X+a.*")), "an X between a's");
    }

    @Test
    void evaluationSetIsFiveHundredSeededCasesFiftyPerN() {
        List<String> cases = task.evaluationSet();
        assertEquals(500, cases.size());
        assertAllValid("selective-counting", cases);
        Map<Integer, Integer> perN = tally(cases, s -> count(s, 'a'));
        for (int n = 1; n <= 10; n++) {
            assertEquals(50, perN.get(n), "cases with N = " + n);
        }
        assertEquals(Set.of(0, 1, 2, 3, 4, 5), tally(cases, s -> count(s, 'X')).keySet(), "every K occurs");
        assertTrue(new HashSet<>(cases).size() > 300, "cases are random, not repeats");
        assertEquals(cases, new SelectiveCountingTask().evaluationSet(), "seeded: the same every time");
    }

    @Test
    void vocabularyDelimiterAndExamples() {
        assertEquals(List.of("a", "X", "Y", "b", "\n"), task.vocabulary().symbols());
        assertEquals('Y', task.delimiter());
        assertTrue(task.examples().containsAll(List.of("aXaaaaXXXaaaYbbbbbbbb", "XaaYbb", "aYb")));
        assertAllValid("selective-counting", task.examples());
    }

    @Test
    void latentsOfTheVerbatimExample() {
        Latents latents = task.latents("aXaaaaXXXaaaYbbbbbbbb");
        assertEquals(List.of("a's - b's (X's ignored)", "a's seen", "b's left", "is X", "is Y", "phase"), latents.names());
        double[] count = {1, 1, 2, 3, 4, 5, 5, 5, 5, 6, 7, 8, 8, 7, 6, 5, 4, 3, 2, 1, 0};
        assertArrayEquals(count, latents.values().get(0));
        assertArrayEquals(new double[] {1, 1, 2, 3, 4, 5, 5, 5, 5, 6, 7, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8},
                latents.values().get(1));
        assertArrayEquals(count, latents.values().get(2));
        assertArrayEquals(new double[] {0, 1, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
                latents.values().get(3));
        assertArrayEquals(new double[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0},
                latents.values().get(4));
        assertArrayEquals(new double[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1},
                latents.values().get(5));
    }

    @Test
    void sweepGoesToTwentyWithSeededCasesOfEachN() {
        GeneralisationSweep sweep = task.generalisation().orElseThrow();
        assertEquals(20, sweep.sweepMax());
        assertEquals('Y', sweep.delimiter());
        List<String> twenty = sweep.cases(20);
        assertEquals(20, twenty.size());
        assertTrue(twenty.stream().allMatch(s -> count(s, 'a') == 20 && s.endsWith("Y" + "b".repeat(20))));
        assertEquals(twenty, sweep.cases(20));
    }
}
