package com.lstmexplorer.model.task;

import static com.lstmexplorer.model.task.SeedFormats.assertAllValid;
import static com.lstmexplorer.model.task.SeedFormats.assertUniform;
import static com.lstmexplorer.model.task.SeedFormats.count;
import static com.lstmexplorer.model.task.SeedFormats.draw;
import static com.lstmexplorer.model.task.SeedFormats.tally;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class StateMemoryTaskTest {
    private final StateMemoryTask task = new StateMemoryTask();

    @Test
    void generatorDrawsValidSequencesWithLetterAndMUniform() {
        List<String> samples = draw(task, 20_000);
        assertAllValid("state-memory", samples);
        assertUniform(tally(samples, s -> count(s, 'x')), 1, 10);
        assertUniform(tally(samples, s -> s.charAt(0) == 'A' ? 0 : 1), 0, 1);
    }

    @Test
    void evaluationSetIsBothLettersTimesMOneToTen() {
        List<String> expected = new ArrayList<>();
        for (char letter : new char[] {'A', 'B'}) {
            for (int m = 1; m <= 10; m++) {
                expected.add(letter + "x".repeat(m) + "Y" + Character.toLowerCase(letter));
            }
        }
        List<String> cases = task.evaluationSet();
        assertEquals(20, cases.size());
        assertEquals(new HashSet<>(expected), new HashSet<>(cases));
    }

    @Test
    void vocabularyDelimiterAndExamples() {
        assertEquals(List.of("A", "B", "x", "Y", "a", "b", "\n"), task.vocabulary().symbols());
        assertEquals('Y', task.delimiter());
        assertTrue(task.examples().containsAll(List.of("AxxxYa", "BxxxxxxxxYb")));
        assertAllValid("state-memory", task.examples());
    }

    @Test
    void latentsOfTheVerbatimExamples() {
        Latents a = task.latents("AxxxYa");
        assertEquals(List.of("remembered letter (A=1, B=-1)", "x's seen", "first was A", "first was B", "at Y"),
                a.names());
        assertArrayEquals(new double[] {1, 1, 1, 1, 1, 1}, a.values().get(0));
        assertArrayEquals(new double[] {0, 1, 2, 3, 3, 3}, a.values().get(1));
        assertArrayEquals(new double[] {1, 1, 1, 1, 1, 1}, a.values().get(2));
        assertArrayEquals(new double[] {0, 0, 0, 0, 0, 0}, a.values().get(3));
        assertArrayEquals(new double[] {0, 0, 0, 0, 1, 0}, a.values().get(4));
        Latents b = task.latents("BxxxxxxxxYb");
        assertArrayEquals(new double[] {-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1}, b.values().get(0));
        assertArrayEquals(new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 8, 8}, b.values().get(1));
        assertArrayEquals(new double[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, b.values().get(2));
        assertArrayEquals(new double[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, b.values().get(3));
    }

    @Test
    void sweepGoesToFiftyWithBothLetters() {
        GeneralisationSweep sweep = task.generalisation().orElseThrow();
        assertEquals(50, sweep.sweepMax());
        assertEquals("M", sweep.variable());
        assertEquals(List.of("A" + "x".repeat(50) + "Ya", "B" + "x".repeat(50) + "Yb"), sweep.cases(50));
    }
}
