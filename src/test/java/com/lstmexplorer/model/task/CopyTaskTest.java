package com.lstmexplorer.model.task;

import static com.lstmexplorer.model.task.SeedFormats.assertAllValid;
import static com.lstmexplorer.model.task.SeedFormats.assertUniform;
import static com.lstmexplorer.model.task.SeedFormats.draw;
import static com.lstmexplorer.model.task.SeedFormats.tally;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class CopyTaskTest {
    private final CopyTask task = new CopyTask();

    @Test
    void generatorDrawsValidSequencesWithEveryCharUniform() {
        List<String> samples = draw(task, 27_000);
        assertAllValid("copy", samples);
        for (int position = 0; position < 3; position++) {
            int p = position;
            assertUniform(tally(samples, s -> "abc".indexOf(s.charAt(p))), 0, 2);
        }
        assertUniform(tally(samples, s -> task.evaluationSet().indexOf(s)), 0, 26);
    }

    @Test
    void evaluationSetIsAllTwentySevenStrings() {
        List<String> cases = task.evaluationSet();
        assertEquals(27, cases.size());
        assertEquals(27, new HashSet<>(cases).size());
        assertAllValid("copy", cases);
        assertEquals("aaaXaaa", cases.get(0));
        assertEquals("cccXccc", cases.get(26));
    }

    @Test
    void vocabularyDelimiterAndExamples() {
        assertEquals(List.of("a", "b", "c", "X", "\n"), task.vocabulary().symbols());
        assertEquals('X', task.delimiter());
        assertTrue(task.examples().containsAll(List.of("acbXacb", "bccXbcc")));
        assertAllValid("copy", task.examples());
        assertTrue(task.generalisation().isEmpty(), "copy has a fixed length: nothing to sweep");
    }

    @Test
    void latentsOfTheVerbatimExample() {
        Latents latents = task.latents("acbXacb");
        assertEquals(List.of("next is a", "next is b", "next is c", "position in the copy", "phase"), latents.names());
        // after reading: a c b X a c b
        assertArrayEquals(new double[] {0, 0, 0, 1, 0, 0, 0}, latents.values().get(0));
        assertArrayEquals(new double[] {0, 0, 0, 0, 0, 1, 0}, latents.values().get(1));
        assertArrayEquals(new double[] {0, 0, 0, 0, 1, 0, 0}, latents.values().get(2));
        assertArrayEquals(new double[] {0, 0, 0, 0, 1, 2, 3}, latents.values().get(3));
        assertArrayEquals(new double[] {0, 0, 0, 1, 1, 1, 1}, latents.values().get(4));
    }
}
