package com.lstmexplorer.model;

import com.lstmexplorer.model.cell.Intervention;
import com.lstmexplorer.model.cell.LayerActivations;
import com.lstmexplorer.model.cell.LayerStack;
import com.lstmexplorer.model.cell.Param;
import com.lstmexplorer.model.cell.SequenceReader;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A stack of recurrent layers over one-hot characters with a softmax readout over the vocabulary, in
 * double precision, built from the cell its {@link NetworkShape} names. Parameters (see
 * {@link #parameters()}): per layer l {@code layer<l>.Wx} (input × width; layer 0's input is the
 * vocabulary), {@code layer<l>.Wh} (H × width), {@code layer<l>.b} (1 × width) and the cell's extra
 * vectors, width and blocks as its {@link com.lstmexplorer.model.cell.CellSpec} says (an LSTM: 4H, gates
 * fused as [i | f | o | g]); then {@code output.Wy} (H × V) and {@code output.by} (1 × V).
 *
 * <p>Reading methods may run on several threads at once; training mutates the parameters in place,
 * so trace a {@link #copy()} of a network that is being trained.
 */
public final class Network {
    private final Vocabulary vocabulary;
    private final NetworkShape shape;
    private final LayerStack stack;

    private Network(Vocabulary vocabulary, NetworkShape shape, LayerStack stack) {
        this.vocabulary = vocabulary;
        this.shape = shape;
        this.stack = stack;
    }

    /**
     * A freshly initialised network of the shape's cell: weights uniform in (−1/√H, 1/√H), biases 0 except
     * the cell's initial ones (an LSTM's forget gates: bf = 1), all drawn from a {@link SplittableRandom}
     * seeded with {@code seed}.
     */
    public static Network create(Vocabulary vocabulary, NetworkShape shape, long seed) {
        return new Network(vocabulary, shape, LayerStack.initialised(shape.cell(), shape.layers(), shape.hiddenSize(),
                vocabulary.size(), new SplittableRandom(seed)));
    }

    /**
     * A network with the given parameters, in the order and shapes {@link #parameters()} returns.
     *
     * @throws IllegalArgumentException naming the first missing, misshapen or non-finite parameter
     */
    public static Network fromParameters(Vocabulary vocabulary, NetworkShape shape, List<NamedMatrix> parameters) {
        Network network = create(vocabulary, shape, 0);
        ParameterCheck.copyInto(network.stack.parameters(), parameters);
        return network;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public NetworkShape shape() {
        return shape;
    }

    /** Deep copies of every parameter, in a fixed order. */
    public List<NamedMatrix> parameters() {
        List<NamedMatrix> out = new ArrayList<>();
        for (Param p : stack.parameters()) {
            out.add(new NamedMatrix(p.name(), p.value().numRows, p.value().numCols, p.value().data.clone()));
        }
        return out;
    }

    /** The live layers and readout, for the trainer (model.train). Mutating them changes this network. */
    public LayerStack stack() {
        return stack;
    }

    /**
     * Reads {@code sequence} from a zero state and records every gate of every neuron at every step.
     *
     * @throws UnknownSymbolException for a character outside the vocabulary
     */
    public Trace trace(String sequence) {
        return trace(sequence, null);
    }

    /**
     * The same under {@code intervention} (null: none): the held neurons read their held values.
     *
     * @throws UnknownSymbolException for a character outside the vocabulary
     * @throws IllegalArgumentException for a held layer or neuron the network does not have
     */
    public Trace trace(String sequence, Intervention intervention) {
        int[] x = vocabulary.encode(sequence);
        SequenceReader reader = stack.newReader(intervention);
        List<TraceStep> steps = new ArrayList<>(x.length);
        for (int t = 0; t < x.length; t++) {
            double[] p = reader.read(x[t]);
            List<LayerActivations> layers = new ArrayList<>(shape.layers());
            for (int l = 0; l < shape.layers(); l++) {
                layers.add(reader.activations(l));
            }
            int k = argmax(p, vocabulary.size());
            steps.add(new TraceStep(sequence.charAt(t), List.copyOf(layers), vocabulary.symbol(k), p[k],
                    java.util.Arrays.copyOf(p, vocabulary.size())));
        }
        return new Trace(sequence, List.copyOf(steps));
    }

    /**
     * Reads {@code prefix} from a zero state, then feeds back its own argmax prediction until it
     * predicts {@link Vocabulary#END} or has produced {@code maxChars}; returns what it produced
     * (the end marker included when it was produced).
     */
    public String greedyContinue(String prefix, int maxChars) {
        return greedyContinue(prefix, maxChars, null);
    }

    /** The same under {@code intervention} (null: none); its steps count on through the produced characters. */
    public String greedyContinue(String prefix, int maxChars, Intervention intervention) {
        return continueWith(prefix, maxChars, intervention, p -> argmax(p, vocabulary.size()));
    }

    /**
     * As {@link #greedyContinue}, but each next character is drawn at {@code temperature} (see
     * {@link Sampling}) with {@code random}: the same seed gives the same continuation.
     */
    public String sampleContinue(String prefix, int maxChars, double temperature, SplittableRandom random) {
        Sampling.checkTemperature(temperature);
        return continueWith(prefix, maxChars, null, p -> Sampling.draw(p, vocabulary.size(), temperature, random));
    }

    private String continueWith(String prefix, int maxChars, Intervention intervention,
                                java.util.function.ToIntFunction<double[]> choose) {
        if (prefix.isEmpty()) {
            throw new IllegalArgumentException("decoding needs at least one character to start from");
        }
        int[] x = vocabulary.encode(prefix);
        SequenceReader reader = stack.newReader(intervention);
        double[] p = null;
        for (int symbol : x) {
            p = reader.read(symbol);
        }
        StringBuilder out = new StringBuilder();
        while (out.length() < maxChars) {
            int k = choose.applyAsInt(p);
            out.append(vocabulary.symbol(k));
            if (vocabulary.symbol(k) == Vocabulary.END) {
                break;
            }
            p = reader.read(k);
        }
        return out.toString();
    }

    /** An independent deep copy (e.g. to trace while the original keeps training). */
    public Network copy() {
        return new Network(vocabulary, shape, stack.copy());
    }

    /** Index of the largest of the first {@code n} entries; the first one on ties. */
    static int argmax(double[] p, int n) {
        int best = 0;
        for (int k = 1; k < n; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        return best;
    }
}
