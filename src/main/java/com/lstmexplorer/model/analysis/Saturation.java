package com.lstmexplorer.model.analysis;

import com.lstmexplorer.model.cell.Quantity;
import java.util.ArrayList;
import java.util.List;

/**
 * Gate saturation as Karpathy, Johnson and Fei-Fei (2015) measure it: per neuron and gate, the fraction
 * of steps with the gate below {@value #LOW} ("left-saturated", closed) and above {@value #HIGH}
 * ("right-saturated", open).
 */
public record Saturation(int layer, int neuron, Quantity gate, double low, double high) {
    public static final double LOW = 0.1;
    public static final double HIGH = 0.9;

    /** Every neuron's every gate the layers record, over every step of {@code recording}. */
    public static List<Saturation> of(Recording recording) {
        List<Saturation> out = new ArrayList<>();
        for (int l = 0; l < recording.layers(); l++) {
            for (int n = 0; n < recording.neurons(); n++) {
                for (Quantity q : recording.quantities()) {
                    if (q.isGate()) {
                        out.add(of(l, n, q, recording.series(l, q, n)));
                    }
                }
            }
        }
        return out;
    }

    static Saturation of(int layer, int neuron, Quantity gate, double[] values) {
        int low = 0;
        int high = 0;
        for (double v : values) {
            low += v < LOW ? 1 : 0;
            high += v > HIGH ? 1 : 0;
        }
        return new Saturation(layer, neuron, gate, (double) low / values.length, (double) high / values.length);
    }
}
