package com.lstmexplorer.model.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** docs/tasks.md's formats written out independently of the generators, and checks on samples. */
final class SeedFormats {
    private static final Pattern COUNTING = Pattern.compile("(a+)X(b+)");
    private static final Pattern SELECTIVE = Pattern.compile("([aX]+)Y(b+)");
    private static final Pattern STATE = Pattern.compile("([AB])(x+)Y([ab])");
    private static final Pattern COPY = Pattern.compile("([abc]{3})X\\1");

    private SeedFormats() {
    }

    /** Whether {@code sequence} is one the task's training distribution can produce. */
    static boolean isValid(String taskId, String sequence) {
        return switch (taskId) {
            case "counting" -> matches(COUNTING, sequence, m -> m.group(1).length() == m.group(2).length()
                    && inTrainingRange(m.group(1).length()));
            case "selective-counting" -> matches(SELECTIVE, sequence, m -> count(m.group(1), 'a') == m.group(2).length()
                    && inTrainingRange(m.group(2).length()) && count(m.group(1), 'X') <= 5);
            case "state-memory" -> matches(STATE, sequence, m -> m.group(1).toLowerCase().equals(m.group(3))
                    && inTrainingRange(m.group(2).length()));
            case "copy" -> COPY.matcher(sequence).matches();
            default -> throw new IllegalArgumentException(taskId);
        };
    }

    static int count(String text, char c) {
        return (int) text.chars().filter(x -> x == c).count();
    }

    /** {@code draws} sequences from the task's generator, seeded. */
    static List<String> draw(Task task, int draws) {
        RandomGenerator random = new SplittableRandom(7);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < draws; i++) {
            out.add(task.next(random));
        }
        return out;
    }

    /** How often each key occurs among {@code samples}. */
    static Map<Integer, Integer> tally(List<String> samples, ToIntFunction<String> key) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (String s : samples) {
            counts.merge(key.applyAsInt(s), 1, Integer::sum);
        }
        return counts;
    }

    /** The keys are exactly {@code from..to} and each occurs within 15% of an equal share. */
    static void assertUniform(Map<Integer, Integer> counts, int from, int to) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        double share = (double) total / (to - from + 1);
        assertEquals(IntStream.rangeClosed(from, to).boxed().collect(Collectors.toSet()), counts.keySet());
        counts.forEach((key, n) -> assertTrue(Math.abs(n - share) < 0.15 * share,
                "value " + key + " drawn " + n + " times; expected about " + share));
    }

    /** Every draw is valid for the task. */
    static void assertAllValid(String taskId, List<String> sequences) {
        for (String s : sequences) {
            assertTrue(isValid(taskId, s), () -> "not a valid " + taskId + " sequence: '" + s + "'");
        }
    }

    private static boolean inTrainingRange(int n) {
        return n >= 1 && n <= 10;
    }

    private static boolean matches(Pattern pattern, String sequence, Predicate<Matcher> rule) {
        Matcher m = pattern.matcher(sequence);
        return m.matches() && rule.test(m);
    }
}
