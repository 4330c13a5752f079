package com.lstmexplorer.datasets;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Example data for custom runs, in the upload format: {@code brackets/train.txt}, balanced brackets
 * (one group a line, so the end of a line is predictable only by tracking depth), and
 * {@code sums/train.txt}, {@code 12+34=46}-style sums (the answer is predictable only by adding).
 * Drawn from {@code java.util.Random}, whose algorithm is specified, so the files never change.
 */
final class ExampleDatasets {
    static final int BRACKET_LINES = 2_000;
    static final int MAX_DEPTH = 8;
    static final int MAX_PAIRS = 20;
    static final int SUM_LINES = 3_000;
    static final long SEED = 7;

    private ExampleDatasets() {
    }

    /**
     * Each line one balanced group of 3 to {@value #MAX_PAIRS} pairs, {@code "(" + inner + ")"}, never
     * deeper than {@value #MAX_DEPTH}: inside, a bracket opens with probability opens left / (opens
     * left + depth), so lines are neither all nested nor all flat.
     */
    static List<String> brackets() {
        Random random = new Random(SEED);
        List<String> lines = new ArrayList<>(BRACKET_LINES);
        for (int n = 0; n < BRACKET_LINES; n++) {
            int opens = 2 + random.nextInt(MAX_PAIRS - 2); // pairs inside the outer one
            StringBuilder line = new StringBuilder("(");
            int depth = 0; // inside the outer pair
            while (opens > 0 || depth > 0) {
                boolean open = opens > 0 && depth + 1 < MAX_DEPTH
                        && (depth == 0 || random.nextInt(opens + depth) < opens);
                line.append(open ? '(' : ')');
                depth += open ? 1 : -1;
                opens -= open ? 1 : 0;
            }
            lines.add(line.append(')').toString());
        }
        return lines;
    }

    /** {@code a+b=c} with a and b uniform in 0..99. */
    static List<String> sums() {
        Random random = new Random(SEED);
        List<String> lines = new ArrayList<>(SUM_LINES);
        for (int n = 0; n < SUM_LINES; n++) {
            int a = random.nextInt(100);
            int b = random.nextInt(100);
            lines.add(a + "+" + b + "=" + (a + b));
        }
        return lines;
    }
}
