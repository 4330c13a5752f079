package com.lstmexplorer.model.analysis;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.Trace;
import com.lstmexplorer.model.TraceStep;
import com.lstmexplorer.model.Vocabulary;
import com.lstmexplorer.model.cell.Intervention;
import com.lstmexplorer.model.cell.LayerActivations;
import com.lstmexplorer.model.cell.Quantity;
import java.util.ArrayList;
import java.util.List;

/**
 * A network's every quantity over every step of a set of sequences, laid out for statistics:
 * {@link #series} is one neuron's values of one quantity along all the steps, sequence after sequence.
 * Step i read character {@code input[i]}; {@code next[i]} is the character after it (the end marker
 * after the last one). The quantities are the ones the layers record (a cell without a gate records none).
 */
public final class Recording {
    private final List<String> sequences;
    private final List<Trace> traces;
    private final int[] start; // start[s]: the first step of sequence s; start[size]: the number of steps
    private final char[] input;
    private final char[] next;
    private final List<Quantity> quantities;
    private final double[][][][] values; // [layer][quantity index][neuron][step]

    private Recording(List<String> sequences, List<Trace> traces, List<Quantity> quantities, int layers, int hidden) {
        this.sequences = List.copyOf(sequences);
        this.traces = traces;
        this.quantities = quantities;
        this.start = new int[sequences.size() + 1];
        for (int s = 0; s < sequences.size(); s++) {
            start[s + 1] = start[s] + sequences.get(s).length();
        }
        int steps = start[sequences.size()];
        this.input = new char[steps];
        this.next = new char[steps];
        this.values = new double[layers][quantities.size()][hidden][steps];
    }

    /** Traces {@code sequences} (under {@code intervention}, null for none) and records them. */
    public static Recording of(Network network, List<String> sequences, Intervention intervention) {
        if (sequences.isEmpty()) {
            throw new IllegalArgumentException("there are no sequences to analyse the network on");
        }
        List<Trace> traces = new ArrayList<>(sequences.size());
        for (String sequence : sequences) {
            traces.add(network.trace(sequence, intervention));
        }
        LayerActivations first = traces.get(0).steps().get(0).layers().get(0);
        Recording r = new Recording(sequences, traces, first.spec().quantities(), network.shape().layers(),
                network.shape().hiddenSize());
        r.fill();
        return r;
    }

    private void fill() {
        int i = 0;
        for (Trace trace : traces) {
            String sequence = trace.sequence();
            for (int t = 0; t < sequence.length(); t++, i++) {
                TraceStep step = trace.steps().get(t);
                input[i] = sequence.charAt(t);
                next[i] = t + 1 < sequence.length() ? sequence.charAt(t + 1) : Vocabulary.END;
                for (int l = 0; l < values.length; l++) {
                    LayerActivations a = step.layers().get(l);
                    for (int q = 0; q < quantities.size(); q++) {
                        double[] v = a.get(quantities.get(q));
                        double[][] byNeuron = values[l][q];
                        for (int n = 0; n < v.length; n++) {
                            byNeuron[n][i] = v[n];
                        }
                    }
                }
            }
        }
    }

    public List<String> sequences() {
        return sequences;
    }

    public List<Trace> traces() {
        return traces;
    }

    /** The quantities every layer records, in their cell's order. */
    public List<Quantity> quantities() {
        return quantities;
    }

    public int layers() {
        return values.length;
    }

    public int neurons() {
        return values[0][0].length;
    }

    public int steps() {
        return input.length;
    }

    /** First step of sequence {@code s}; {@code s == sequences().size()} gives the number of steps. */
    public int start(int s) {
        return start[s];
    }

    public char input(int step) {
        return input[step];
    }

    public char next(int step) {
        return next[step];
    }

    /** Neuron {@code neuron}'s {@code quantity} along every step (the recording's own array: do not change it). */
    public double[] series(int layer, Quantity quantity, int neuron) {
        int q = quantities.indexOf(quantity);
        if (q < 0) {
            throw new IllegalArgumentException("this network's cells do not record " + quantity.id());
        }
        return values[layer][q][neuron];
    }

    /** The mean of one neuron's quantity over every step. */
    public double mean(int layer, Quantity quantity, int neuron) {
        double sum = 0;
        for (double v : series(layer, quantity, neuron)) {
            sum += v;
        }
        return sum / steps();
    }
}
