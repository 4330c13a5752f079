package com.lstmexplorer.model.analysis;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.cell.Intervention;
import com.lstmexplorer.model.cell.Quantity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Neurons taken out of a network: after every step from {@code fromStep} on, each of {@code neurons} has
 * its carried state held as {@code mode} says ({@code value} is the clamp's cell state).
 */
public record Ablation(List<NeuronRef> neurons, AblationMode mode, Double value, int fromStep) {

    /** @throws IllegalArgumentException naming what is wrong: no neurons, a repeated one, a missing or stray value */
    public Ablation {
        if (neurons == null || neurons.isEmpty()) {
            throw new IllegalArgumentException("name at least one neuron to ablate, e.g. \"neurons\": [{\"layer\": 0, \"neuron\": 3}]");
        }
        if (new LinkedHashSet<>(neurons).size() != neurons.size()) {
            throw new IllegalArgumentException("neurons lists a neuron more than once: " + neurons);
        }
        neurons = List.copyOf(neurons);
        if (mode == null) {
            throw new IllegalArgumentException("mode is required: zero, mean or clamp");
        }
        if (mode == AblationMode.CLAMP && (value == null || !Double.isFinite(value))) {
            throw new IllegalArgumentException("mode clamp needs a finite \"value\", the cell state to hold, got " + value);
        }
        if (mode != AblationMode.CLAMP && value != null) {
            throw new IllegalArgumentException("\"value\" is for mode clamp only; mode " + mode.id()
                    + " holds the neurons at " + (mode == AblationMode.ZERO ? "0" : "their means"));
        }
        if (fromStep < 0) {
            throw new IllegalArgumentException("fromStep must be 0 or more (the step from which the neurons are held), got "
                    + fromStep);
        }
    }

    /** One neuron zeroed from the first step. */
    public static Ablation zero(NeuronRef neuron) {
        return new Ablation(List.of(neuron), AblationMode.ZERO, null, 0);
    }

    /**
     * The intervention on {@code network}; {@code intact} (the intact network on the probe set) gives the
     * means that mode {@code mean} holds, and may be null for the other modes.
     */
    public Intervention intervention(Network network, Recording intact) {
        List<Quantity> carried = network.shape().cell().spec().carried();
        List<Intervention.Hold> holds = new ArrayList<>();
        for (NeuronRef n : neurons) {
            n.check(network.shape());
            holds.add(switch (mode) {
                case ZERO -> new Intervention.Hold(n.layer(), n.neuron(), new double[carried.size()]);
                case MEAN -> new Intervention.Hold(n.layer(), n.neuron(),
                        carried.stream().mapToDouble(q -> intact.mean(n.layer(), q, n.neuron())).toArray());
                case CLAMP -> new Intervention.Hold(n.layer(), n.neuron(), clamped(carried.size()));
            });
        }
        return new Intervention(holds, fromStep);
    }

    /** The first carried quantity (an LSTM's cell) at the value, the others as the cell makes them. */
    private double[] clamped(int carried) {
        double[] values = new double[carried];
        java.util.Arrays.fill(values, Double.NaN);
        values[0] = value;
        return values;
    }

    /** One neuron's row of the ablation table: the evaluation with it zeroed from the first step. */
    public record Row(int layer, int neuron, double accuracy, double loss, int failed) {
    }

    /** Every neuron of every layer zeroed in turn, judged by {@code judge}. */
    public static List<Row> table(Network network, Judge judge) {
        List<Row> rows = new ArrayList<>();
        for (int l = 0; l < network.shape().layers(); l++) {
            for (int n = 0; n < network.shape().hiddenSize(); n++) {
                Judgement j = judge.judge(network, zero(new NeuronRef(l, n)).intervention(network, null));
                rows.add(new Row(l, n, j.accuracy(), j.loss(), j.failed()));
            }
        }
        return rows;
    }
}
