package com.lstmexplorer.analysis;

import java.util.List;

/**
 * {@code POST .../ablate}: the neurons to hold, how ({@code zero}, the default, {@code mean} or {@code clamp}
 * with {@code value}), from which step (default 0), and the sequences to trace under it (default: the
 * network's probe sequences).
 */
record AblateRequest(List<Neuron> neurons, String mode, Double value, Integer fromStep, List<String> sequences) {

    /** Both numbers are required (a missing one is named rather than read as 0). */
    record Neuron(Integer layer, Integer neuron) {
    }
}
