package com.lstmexplorer.model.analysis;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.Vocabulary;
import com.lstmexplorer.model.cell.Intervention;
import com.lstmexplorer.model.cell.SequenceReader;
import java.util.List;

/**
 * Teacher-forced reading of sequences: after each character, −ln p(next character) (the end marker after
 * the last one) and whether the argmax was right; what training minimises, measured without training.
 */
final class Scoring {
    private final Network network;
    private final Intervention intervention;
    double loss;
    int predictions;
    int correct;

    Scoring(Network network, Intervention intervention) {
        this.network = network;
        this.intervention = intervention;
    }

    /** Reads {@code sequence}; returns the characters the network predicted after each step. */
    String read(String sequence) {
        Vocabulary vocabulary = network.vocabulary();
        int[] x = vocabulary.encode(sequence);
        SequenceReader reader = network.stack().newReader(intervention);
        StringBuilder predicted = new StringBuilder(x.length);
        int end = vocabulary.indexOf(Vocabulary.END);
        for (int t = 0; t < x.length; t++) {
            double[] p = reader.read(x[t]);
            int target = t + 1 < x.length ? x[t + 1] : end;
            int best = 0;
            for (int k = 1; k < vocabulary.size(); k++) {
                best = p[k] > p[best] ? k : best;
            }
            // loss = −ln p(target); a probability that underflows to 0 counts as the smallest double
            loss -= Math.log(Math.max(p[target], Double.MIN_NORMAL));
            correct += best == target ? 1 : 0;
            predictions++;
            predicted.append(vocabulary.symbol(best));
        }
        return predicted.toString();
    }

    double meanLoss() {
        return loss / predictions;
    }

    /** Mean cross-entropy per predicted character of {@code sequences}. */
    static double meanLoss(Network network, List<String> sequences, Intervention intervention) {
        Scoring scoring = new Scoring(network, intervention);
        sequences.forEach(scoring::read);
        return scoring.meanLoss();
    }
}
