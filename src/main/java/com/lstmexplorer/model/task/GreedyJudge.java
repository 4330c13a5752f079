package com.lstmexplorer.model.task;

import com.lstmexplorer.model.Vocabulary;
import java.util.ArrayList;
import java.util.List;

/**
 * The "solved" check of the seed tasks: fed a case up to and including its delimiter, the network's
 * greedy continuation must be exactly the rest of the case followed by the end marker.
 */
final class GreedyJudge {
    private GreedyJudge() {
    }

    /** What the decoder writes after the first {@code delimiter} of {@code sequence}, and what it should. */
    static Continuation continuation(GreedyDecoder decoder, String sequence, char delimiter) {
        int cut = sequence.indexOf(delimiter) + 1;
        if (cut == 0) {
            throw new IllegalArgumentException("sequence '" + sequence + "' has no delimiter '" + delimiter + "'");
        }
        String expected = sequence.substring(cut) + Vocabulary.END;
        // A longer answer is wrong anyway, so decoding may stop at the expected length.
        return new Continuation(sequence, expected, decoder.greedyContinue(sequence.substring(0, cut), expected.length()));
    }

    /** Whether the decoder continues {@code sequence} correctly from its first {@code delimiter}. */
    static boolean continuesCorrectly(GreedyDecoder decoder, String sequence, char delimiter) {
        return continuation(decoder, sequence, delimiter).correct();
    }

    /** How many of {@code cases} the decoder continues correctly. */
    static int countCorrect(GreedyDecoder decoder, List<String> cases, char delimiter) {
        int correct = 0;
        for (String sequence : cases) {
            if (continuesCorrectly(decoder, sequence, delimiter)) {
                correct++;
            }
        }
        return correct;
    }

    /** Per-length accuracy for lengths 1..sweepMax of {@code sweep}. */
    static List<SweepPoint> sweep(GeneralisationSweep sweep, GreedyDecoder decoder) {
        List<SweepPoint> points = new ArrayList<>();
        for (int n = 1; n <= sweep.sweepMax(); n++) {
            List<String> cases = sweep.cases(n);
            int correct = countCorrect(decoder, cases, sweep.delimiter());
            points.add(new SweepPoint(n, cases.size(), correct, (double) correct / cases.size()));
        }
        return points;
    }
}
