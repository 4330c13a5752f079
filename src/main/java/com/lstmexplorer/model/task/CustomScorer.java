package com.lstmexplorer.model.task;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.Trace;
import com.lstmexplorer.model.TraceStep;
import com.lstmexplorer.model.Vocabulary;
import java.util.List;

/** Scores a network as a character model: after each character, is the next one (or the end) its best guess? */
final class CustomScorer {
    private CustomScorer() {
    }

    /** Over {@code sequences} in order until {@code budget} characters are scored (the first always is). */
    static CustomScore score(Network network, List<String> sequences, int budget) {
        Vocabulary vocabulary = network.vocabulary();
        double loss = 0;
        int correct = 0;
        int scored = 0;
        for (String sequence : sequences) {
            if (scored > 0 && scored + sequence.length() > budget) {
                break;
            }
            Trace trace = network.trace(sequence);
            for (int t = 0; t < sequence.length(); t++) {
                // After reading x_t the target is x_{t+1}, and after the last character the end marker.
                char target = t + 1 < sequence.length() ? sequence.charAt(t + 1) : Vocabulary.END;
                TraceStep step = trace.steps().get(t);
                // loss = -ln p(target): the cross-entropy training minimises
                loss -= Math.log(Math.max(step.distribution()[vocabulary.indexOf(target)], Double.MIN_NORMAL));
                correct += step.predicted() == target ? 1 : 0;
                scored++;
            }
        }
        return new CustomScore(loss / scored, (double) correct / scored, scored);
    }
}
