package com.lstmexplorer.model.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The solved check, driven by decoders written from the task rules (a perfect one and ones with
 * known mistakes). Trained networks are judged in the engine-backed tests.
 */
class GreedyJudgeTest {
    private final CountingTask counting = new CountingTask();

    /** Counts the a's of the prefix and prints that many b's, then the end marker; wrong from N = {@code breaksAt}. */
    private static GreedyDecoder countingDecoder(int breaksAt) {
        return (prefix, maxChars) -> {
            int n = SeedFormats.count(prefix, 'a');
            String answer = "b".repeat(n >= breaksAt ? n - 1 : n) + "\n";
            return answer.substring(0, Math.min(maxChars, answer.length()));
        };
    }

    @Test
    void aPerfectDecoderSolvesEveryTask() {
        for (SeedTask task : SeedTasks.all()) {
            GreedyDecoder oracle = (prefix, maxChars) -> task.evaluationSet().stream()
                    .filter(s -> s.startsWith(prefix)).findFirst()
                    .map(s -> s.substring(prefix.length()) + "\n").orElseThrow();
            assertEquals(new Evaluation(1.0, true), task.evaluate(oracle), task.id());
        }
    }

    @Test
    void oneWrongCaseMeansNotSolved() {
        Evaluation evaluation = counting.evaluate(countingDecoder(10));
        assertEquals(0.9, evaluation.accuracy(), 1e-12);
        assertFalse(evaluation.solved());
    }

    @Test
    void decodingIsFedThePrefixUpToAndIncludingTheDelimiter() {
        SelectiveCountingTask selective = new SelectiveCountingTask();
        Evaluation evaluation = selective.evaluate((prefix, maxChars) -> {
            assertTrue(prefix.endsWith("Y") && prefix.indexOf('b') < 0, prefix);
            return "b".repeat(SeedFormats.count(prefix, 'a')) + "\n";
        });
        assertTrue(evaluation.solved());
    }

    @Test
    void theEndMarkerIsRequired() {
        Evaluation evaluation = counting.evaluate((prefix, maxChars) -> "b".repeat(SeedFormats.count(prefix, 'a')));
        assertEquals(new Evaluation(0.0, false), evaluation);
    }

    @Test
    void aContinuationThatRunsOnIsWrong() {
        assertFalse(GreedyJudge.continuesCorrectly((prefix, maxChars) -> "b".repeat(maxChars), "aaXbb", 'X'));
        assertFalse(GreedyJudge.continuesCorrectly((prefix, maxChars) -> "bb\nb", "aaXbb", 'X'));
    }

    @Test
    void aCaseWithoutTheDelimiterIsAnError() {
        assertThrows(IllegalArgumentException.class,
                () -> GreedyJudge.continuesCorrectly(countingDecoder(99), "aabb", 'X'));
    }

    @Test
    void sweepReportsAccuracyPerN() {
        List<SweepPoint> points = GreedyJudge.sweep(counting.generalisation().orElseThrow(), countingDecoder(19));
        assertEquals(30, points.size());
        assertEquals(new SweepPoint(18, 1, 1, 1.0), points.get(17));
        assertEquals(new SweepPoint(19, 1, 0, 0.0), points.get(18));
        assertEquals(30, points.get(29).n());
    }

    @Test
    void sweepOfStateMemoryCountsBothLetters() {
        StateMemoryTask state = new StateMemoryTask();
        // remembers A always, B only up to 20 x's
        List<SweepPoint> points = GreedyJudge.sweep(state.generalisation().orElseThrow(), (prefix, maxChars) ->
                (prefix.startsWith("B") && prefix.length() > 22 ? "a" : prefix.substring(0, 1).toLowerCase()) + "\n");
        assertEquals(50, points.size());
        assertEquals(new SweepPoint(20, 2, 2, 1.0), points.get(19));
        assertEquals(new SweepPoint(21, 2, 1, 0.5), points.get(20));
    }
}
