package com.lstmexplorer.model.task;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Three chars from {a,b,c}, {@code X}, the same three chars: the network must copy them. */
final class CopyTask extends SeedTask {
    static final String ALPHABET = "abc";
    static final int LENGTH = 3;

    CopyTask() {
        super("copy", "Copy",
                "Three letters from a, b and c, an X, then the same three letters again. The network must"
                        + " remember them in order and write them out after the X.",
                "abcX\n", 'X',
                List.of("acbXacb", "bccXbcc", "abcXabc"),
                new TaskDefaults(2, 20, 0.02, 32, 10_000));
    }

    static String sequence(String word) {
        return word + "X" + word;
    }

    @Override
    public String next(RandomGenerator random) {
        StringBuilder word = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            word.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sequence(word.toString());
    }

    /** All 27 words in alphabetical order, aaa to ccc. */
    @Override
    public List<String> evaluationSet() {
        List<String> cases = new ArrayList<>();
        for (char first : ALPHABET.toCharArray()) {
            for (char second : ALPHABET.toCharArray()) {
                for (char third : ALPHABET.toCharArray()) {
                    cases.add(sequence("" + first + second + third));
                }
            }
        }
        return cases;
    }

    @Override
    public List<String> latentNames() {
        return List.of("next is a", "next is b", "next is c", "position in the copy", "phase");
    }

    /**
     * After the X: which char must be written next (one indicator per letter, all 0 when the copy is
     * complete or before the X), how many chars of the copy have been written (0 up to the X), and the
     * phase: 0 before the X, 1 from the X on.
     */
    @Override
    public Latents latents(String sequence) {
        LatentTable table = new LatentTable(latentNames(), sequence.length());
        int delimiterAt = sequence.indexOf(delimiter());
        for (int t = 0; t < sequence.length(); t++) {
            int copied = delimiterAt < 0 || t < delimiterAt ? 0 : t - delimiterAt;
            char next = delimiterAt >= 0 && t >= delimiterAt && copied < delimiterAt
                    ? sequence.charAt(copied) : 0;
            table.record(t, next == 'a' ? 1 : 0, next == 'b' ? 1 : 0, next == 'c' ? 1 : 0, copied,
                    delimiterAt >= 0 && t >= delimiterAt ? 1 : 0);
        }
        return table.toLatents();
    }
}
