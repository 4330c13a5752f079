package com.lstmexplorer.model.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CustomTaskTest {
    private static final List<String> LINES = IntStream.range(0, 40).mapToObj(n -> n + "+" + n + "=" + (2 * n)).toList();

    @Test
    void vocabularyIsTheDataCharactersInOrderThenTheEndMarker() {
        assertEquals("+0123456789=\n", CustomTask.of(LINES, 1).vocabulary().chars());
        assertEquals("()\n", CustomTask.vocabularyOf(List.of("(())", "()()")).chars());
    }

    @Test
    void holdsBackATenthChosenBySeedAndNeverTrainsOnIt() {
        CustomTask task = CustomTask.of(LINES, 7);
        assertEquals(4, task.validation().size());
        assertEquals(36, task.training().size());
        Set<String> all = new HashSet<>(task.training());
        all.addAll(task.validation());
        assertEquals(Set.copyOf(LINES), all);
        assertEquals(task.validation(), CustomTask.of(LINES, 7).validation(), "the same seed, the same split");
        assertNotEquals(task.validation(), CustomTask.of(LINES, 8).validation());
        Random random = new Random(3);
        for (int i = 0; i < 1000; i++) {
            String drawn = task.next(random);
            assertTrue(task.training().contains(drawn), drawn);
        }
    }

    @Test
    void holdsBackAtLeastOneAndRefusesWhatCannotBeSplit() {
        CustomTask two = CustomTask.of(List.of("ab", "ba"), 1);
        assertEquals(1, two.validation().size());
        assertEquals(1, two.training().size());
        String message = assertThrows(IllegalArgumentException.class,
                () -> CustomTask.of(List.of("abc"), 1)).getMessage();
        assertTrue(message.contains("at least 2 sequences") && message.contains("got 1"), message);
    }

    @Test
    void longLinesAreCutIntoNearlyEqualPiecesOfAtMostTheWindow() {
        String paragraph = "x".repeat(250);
        List<String> pieces = CustomPieces.of(List.of("short", paragraph, "y".repeat(101)));
        List<Integer> lengths = pieces.stream().map(String::length).toList();
        assertEquals(List.of(5, 84, 83, 83, 51, 50), lengths);
        assertEquals(6, CustomTask.sequenceCount(List.of("short", paragraph, "y".repeat(101))));
        CustomTask task = CustomTask.of(List.of(paragraph), 1);
        assertEquals(3, task.training().size() + task.validation().size());
        assertTrue(task.description().contains("cut into pieces"), task.description());
    }

    @Test
    void probesAreValidationSequencesFirstAndThereAreNoLatents() {
        CustomTask task = CustomTask.of(LINES, 5);
        List<String> probes = task.evaluationSet();
        assertEquals(8, probes.size());
        assertEquals(task.validation(), probes.subList(0, 4));
        assertEquals(task.training().subList(0, 4), probes.subList(4, 8));
        assertTrue(task.latents("1+1=2").names().isEmpty());
        assertEquals(new ArrayList<>(LINES.subList(0, 3)), task.examples());
        assertEquals("custom", task.id());
        assertFalse(task.description().contains("cut into pieces"));
    }
}
