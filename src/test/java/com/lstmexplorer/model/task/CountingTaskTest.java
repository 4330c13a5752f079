package com.lstmexplorer.model.task;

import static com.lstmexplorer.model.task.SeedFormats.assertAllValid;
import static com.lstmexplorer.model.task.SeedFormats.assertUniform;
import static com.lstmexplorer.model.task.SeedFormats.count;
import static com.lstmexplorer.model.task.SeedFormats.draw;
import static com.lstmexplorer.model.task.SeedFormats.tally;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountingTaskTest {
    private final CountingTask task = new CountingTask();

    @Test
    void generatorDrawsValidSequencesWithNUniformInOneToTen() {
        List<String> samples = draw(task, 20_000);
        assertAllValid("counting", samples);
        assertUniform(tally(samples, s -> count(s, 'a')), 1, 10);
    }

    @Test
    void evaluationSetIsNOneToTen() {
        List<String> cases = task.evaluationSet();
        assertEquals(10, cases.size());
        assertEquals("aXb", cases.get(0));
        assertEquals("aaaaaXbbbbb", cases.get(4));
        assertEquals("aaaaaaaaaaXbbbbbbbbbb", cases.get(9));
        assertAllValid("counting", cases);
    }

    @Test
    void vocabularyDelimiterAndExamples() {
        assertEquals(List.of("a", "X", "b", "\n"), task.vocabulary().symbols());
        assertEquals('X', task.delimiter());
        assertEquals("aaaaaXbbbbb", task.examples().get(0));
        assertAllValid("counting", task.examples());
    }

    @Test
    void latentsOfTheVerbatimExample() {
        Latents latents = task.latents("aaaaaXbbbbb");
        assertEquals(List.of("a's - b's", "a's seen", "b's left", "phase"), latents.names());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 5, 4, 3, 2, 1, 0}, latents.values().get(0));
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 5, 5, 5, 5, 5, 5}, latents.values().get(1));
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 5, 4, 3, 2, 1, 0}, latents.values().get(2));
        assertArrayEquals(new double[] {0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1}, latents.values().get(3));
    }

    @Test
    void sweepGoesToThirtyWithOneCasePerN() {
        GeneralisationSweep sweep = task.generalisation().orElseThrow();
        assertEquals(30, sweep.sweepMax());
        assertEquals(10, sweep.trainedMax());
        assertEquals("N", sweep.variable());
        assertEquals('X', sweep.delimiter());
        assertEquals(List.of("a".repeat(30) + "X" + "b".repeat(30)), sweep.cases(30));
    }
}
