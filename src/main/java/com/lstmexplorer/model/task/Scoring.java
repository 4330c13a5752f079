package com.lstmexplorer.model.task;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.Vocabulary;
import com.lstmexplorer.model.cell.Intervention;
import com.lstmexplorer.model.cell.SequenceReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Teacher-forced reading of sequences: after each character, −ln p(next character) (the end marker after
 * the last one) and whether the argmax was right; what training minimises, measured without training.
 * The one scoring loop behind a custom task's evaluation and the analysis's judges (model.analysis).
 */
public final class Scoring {
    private final Network network;
    private final Intervention intervention;
    private double loss;
    private int predictions;
    private int correct;

    /** Scores {@code network} under {@code intervention} (null: none). */
    public Scoring(Network network, Intervention intervention) {
        this.network = network;
        this.intervention = intervention;
    }

    /** Reads {@code sequence}; returns the characters the network predicted after each step. */
    public String read(String sequence) {
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

    /** Mean cross-entropy per predicted character so far, in nats. */
    public double meanLoss() {
        return loss / predictions;
    }

    /** The fraction of predictions so far that were the network's best guess. */
    public double accuracy() {
        return (double) correct / predictions;
    }

    public int predictions() {
        return predictions;
    }

    /** Mean cross-entropy per predicted character of {@code sequences}. */
    public static double meanLoss(Network network, List<String> sequences, Intervention intervention) {
        Scoring scoring = new Scoring(network, intervention);
        sequences.forEach(scoring::read);
        return scoring.meanLoss();
    }

    /**
     * Leading sequences until {@code characters} characters (always the first): scoring a prefix of a long
     * list keeps an evaluation's cost bounded.
     */
    public static List<String> upTo(List<String> sequences, int characters) {
        List<String> out = new ArrayList<>();
        int total = 0;
        for (String s : sequences) {
            if (!out.isEmpty() && total + s.length() > characters) {
                break;
            }
            out.add(s);
            total += s.length();
        }
        return out;
    }
}
