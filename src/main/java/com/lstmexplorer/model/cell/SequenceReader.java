package com.lstmexplorer.model.cell;

import java.util.List;

/**
 * Reads one sequence through the stack a character at a time, from a zero state after
 * {@link #reset()}, with the weights as they were when the reader was made. A reader made with an
 * {@link Intervention} applies it after each layer's step; one without pays a null check per layer.
 */
public final class SequenceReader {
    private final StepPass[] passes;
    private final Readout.Step readout;
    private final int[] symbol = new int[1];
    private final OneHotInput character = new OneHotInput(symbol, 1);
    private final double[][] below = new double[1][];
    private final DenseInput hidden = new DenseInput(below, 1);
    private final Intervention.Hold[][] holds; // per layer; null without an intervention
    private final int fromStep;
    private int step;

    SequenceReader(LayerStack stack, Intervention intervention) {
        this.passes = new StepPass[stack.layers().size()];
        for (int l = 0; l < passes.length; l++) {
            passes[l] = stack.layers().get(l).newStepPass();
        }
        this.readout = stack.readout().new Step();
        this.holds = intervention == null ? null : holdsPerLayer(intervention, stack);
        this.fromStep = intervention == null ? 0 : intervention.fromStep();
    }

    private static Intervention.Hold[][] holdsPerLayer(Intervention intervention, LayerStack stack) {
        Intervention.Hold[][] perLayer = new Intervention.Hold[stack.layers().size()][];
        for (Intervention.Hold hold : intervention.holds()) {
            if (hold.layer() < 0 || hold.layer() >= perLayer.length) {
                throw new IllegalArgumentException("layer " + hold.layer() + " does not exist; the network has "
                        + perLayer.length + " layer(s), numbered from 0");
            }
            int size = stack.layers().get(hold.layer()).hiddenSize();
            if (hold.neuron() < 0 || hold.neuron() >= size) {
                throw new IllegalArgumentException("neuron " + hold.neuron() + " does not exist in layer " + hold.layer()
                        + ", which has " + size + " neurons, numbered from 0");
            }
            int carried = stack.layers().get(hold.layer()).cell().spec().carried().size();
            if (hold.values().length != carried) {
                throw new IllegalArgumentException("layer " + hold.layer() + "'s cells carry " + carried
                        + " value(s) per neuron, a hold gives " + hold.values().length);
            }
        }
        for (int l = 0; l < perLayer.length; l++) {
            List<Intervention.Hold> of = intervention.of(l);
            perLayer[l] = of.isEmpty() ? null : of.toArray(Intervention.Hold[]::new);
        }
        return perLayer;
    }

    public void reset() {
        for (StepPass pass : passes) {
            pass.reset();
        }
        step = 0;
    }

    /** Reads symbol {@code index}; returns the distribution of the next symbol (reused by the next call). */
    public double[] read(int index) {
        symbol[0] = index;
        double[] h = passes[0].step(character);
        hold(0);
        for (int l = 1; l < passes.length; l++) {
            below[0] = h;
            h = passes[l].step(hidden);
            hold(l);
        }
        step++;
        return readout.distribution(h);
    }

    private void hold(int layer) {
        if (holds != null && holds[layer] != null && step >= fromStep) {
            for (Intervention.Hold hold : holds[layer]) {
                passes[layer].hold(hold.neuron(), hold.values());
            }
        }
    }

    /** Copies of layer l's state and gates after the last {@link #read}. */
    public LayerActivations activations(int layer) {
        return passes[layer].activations();
    }
}
