package com.lstmexplorer.model.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SeedTasksTest {

    @Test
    void listsTheFourTasksInOrder() {
        assertEquals(List.of("counting", "selective-counting", "state-memory", "copy"), SeedTasks.ids());
        assertEquals(SeedTasks.ids(), SeedTasks.all().stream().map(Task::id).toList());
    }

    @Test
    void findsATaskById() {
        for (SeedTask task : SeedTasks.all()) {
            assertSame(task, SeedTasks.byId(task.id()));
        }
    }

    @Test
    void rejectsAnUnknownIdNamingTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SeedTasks.byId("foo"));
        assertEquals("unknown task 'foo'; expected one of counting, selective-counting, state-memory, copy",
                e.getMessage());
    }

    @Test
    void defaultsAreEchensNetworkSizes() {
        Function<String, List<Integer>> size = id -> {
            TaskDefaults d = SeedTasks.byId(id).defaults();
            return List.of(d.layers(), d.hiddenSize(), d.batchSize());
        };
        assertEquals(List.of(1, 10, 32), size.apply("counting"));
        assertEquals(List.of(1, 20, 32), size.apply("selective-counting"));
        assertEquals(List.of(1, 20, 32), size.apply("state-memory"));
        assertEquals(List.of(2, 20, 32), size.apply("copy"));
    }

    @Test
    void everyLatentSeriesHasOneValuePerCharacter() {
        for (SeedTask task : SeedTasks.all()) {
            for (String sequence : task.evaluationSet()) {
                Latents latents = task.latents(sequence);
                assertEquals(task.latentNames(), latents.names());
                latents.values().forEach(v -> assertEquals(sequence.length(), v.length, task.id() + " " + sequence));
            }
        }
    }

    @Test
    void everyEvaluationCaseUsesOnlyTheVocabularyAndHasTheDelimiter() {
        for (SeedTask task : SeedTasks.all()) {
            for (String sequence : task.evaluationSet()) {
                task.vocabulary().encode(sequence);
                assertTrue(sequence.indexOf(task.delimiter()) > 0, sequence);
                assertEquals(sequence.indexOf(task.delimiter()), sequence.lastIndexOf(task.delimiter()), sequence);
            }
        }
    }
}
