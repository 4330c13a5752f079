package com.lstmexplorer.model.cell;

import java.util.List;

/**
 * Holds chosen neurons' carried state at fixed values: after each step {@code t >= fromStep}, neuron
 * {@code neuron} of layer {@code layer} has its carried quantities (its cell's {@link CellSpec#carried()},
 * an LSTM's cell then hidden) set to {@code values}, before the layer above, the readout and the next
 * step read them. A NaN value means "what the cell makes of the others held" (an LSTM's hidden:
 * h = o ⊙ tanh(c) with the step's own output gate). Gates and candidate are left as computed, so a
 * trace shows why the neuron would have moved.
 */
public record Intervention(List<Hold> holds, int fromStep) {

    /** One neuron held at {@code values}, in its cell's carried order. */
    public record Hold(int layer, int neuron, double[] values) {
        public Hold {
            values = values.clone();
        }
    }

    public Intervention {
        holds = List.copyOf(holds);
        if (fromStep < 0) {
            throw new IllegalArgumentException("fromStep must be 0 or more, got " + fromStep);
        }
    }

    /** The holds of one layer, in order (empty when it holds none). */
    List<Hold> of(int layer) {
        return holds.stream().filter(h -> h.layer() == layer).toList();
    }
}
