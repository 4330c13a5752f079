package com.lstmexplorer.model.analysis;

import java.util.List;

/**
 * A network (intact or ablated) on its evaluation set: {@code accuracy} as the task defines it (seed
 * tasks: the fraction of cases greedy decoding continues exactly from the delimiter; other data: the
 * fraction of next characters, end marker included, predicted right), {@code loss} the mean cross-entropy
 * per predicted character in nats (every step, the end marker after the last character included), and
 * the cases it gets wrong: {@code failed} of them, the first {@link #MAX_LISTED} listed.
 */
public record Judgement(double accuracy, double loss, int failed, List<Failure> failures) {
    public static final int MAX_LISTED = 100;

    /** A case got wrong: what the network had to write and what it wrote. */
    public record Failure(String sequence, String expected, String produced) {
    }
}
