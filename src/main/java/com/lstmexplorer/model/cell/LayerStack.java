package com.lstmexplorer.model.cell;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Stacked recurrent layers and the softmax readout: the trainable part of a network. Layer 0 reads
 * one-hot characters, layer l reads layer l−1's h, the readout reads the top layer's h.
 */
public final class LayerStack {
    private final List<RecurrentLayer> layers;
    private final Readout readout;

    public LayerStack(List<RecurrentLayer> layers, Readout readout) {
        this.layers = List.copyOf(layers);
        this.readout = readout;
    }

    /**
     * A fresh stack of {@code depth} layers of H cells over V symbols. All weights come from
     * {@code random}, layer 0 first, the readout last (see each layer's {@code initialised}).
     */
    public static LayerStack initialised(CellType cell, int depth, int H, int V, RandomGenerator random) {
        List<RecurrentLayer> layers = new ArrayList<>();
        for (int l = 0; l < depth; l++) {
            int inputSize = l == 0 ? V : H;
            layers.add(CellLayer.initialised(cell, "layer" + l, inputSize, H, random));
        }
        return new LayerStack(layers, Readout.initialised(H, V, random));
    }

    public List<RecurrentLayer> layers() {
        return layers;
    }

    public Readout readout() {
        return readout;
    }

    /** Every live parameter: each layer's in order, then {@code output.Wy}, {@code output.by}. */
    public List<Param> parameters() {
        List<Param> all = new ArrayList<>();
        for (RecurrentLayer layer : layers) {
            all.addAll(layer.parameters());
        }
        all.addAll(readout.parameters());
        return all;
    }

    public LayerStack copy() {
        List<RecurrentLayer> copies = new ArrayList<>();
        for (RecurrentLayer layer : layers) {
            copies.add(layer.copy());
        }
        return new LayerStack(copies, readout.copy());
    }

    /** Workspace to compute the loss and its gradient on packed minibatches (one per thread). */
    public BatchPass newBatchPass() {
        return new BatchPass(this);
    }

    /** Workspace to read one sequence a character at a time (one per thread). */
    public SequenceReader newReader() {
        return new SequenceReader(this, null);
    }

    /** The same, with {@code intervention} applied after every step from its {@code fromStep} on. */
    public SequenceReader newReader(Intervention intervention) {
        return new SequenceReader(this, intervention);
    }
}
