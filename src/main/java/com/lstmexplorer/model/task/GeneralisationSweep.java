package com.lstmexplorer.model.task;

import com.lstmexplorer.model.Network;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Pushes a task's length (N or M) past the training range, to see where a network stops
 * generalising: accuracy per length from 1 to {@code sweepMax}, judged like the evaluation set.
 *
 * @param variable      the swept length as docs/tasks.md names it: "N" or "M"
 * @param trainedMax    the largest length seen in training
 * @param sweepMax      the largest length tried
 * @param delimiter     the task's delimiter, where greedy decoding starts
 * @param casesOfLength the (seeded, always the same) cases of one length
 */
public record GeneralisationSweep(String variable, int trainedMax, int sweepMax, char delimiter,
                                  IntFunction<List<String>> casesOfLength) {

    /** The cases of length {@code n}. */
    public List<String> cases(int n) {
        return casesOfLength.apply(n);
    }

    /** Accuracy per length 1..sweepMax. */
    public List<SweepPoint> sweep(Network network) {
        return sweep(network::greedyContinue);
    }

    /** Accuracy per length 1..sweepMax of whatever {@code decoder} writes (e.g. an ablated network). */
    public List<SweepPoint> sweep(GreedyDecoder decoder) {
        return GreedyJudge.sweep(this, decoder);
    }
}
