package com.lstmexplorer.model.cell;

/**
 * One thing a cell records per neuron and step, as its {@link CellSpec} lists it. {@code id} is the
 * name used in JSON and URLs ("cell", "forget"), {@code label} the words captions use ("forget gate").
 *
 * @param carried whether the cell carries it from step to step (an ablation or clamp overwrites these)
 */
public record Quantity(String id, String label, Kind kind, boolean carried) {

    /** What the value is, which sets its range. */
    public enum Kind {
        /** Unbounded, e.g. an LSTM's cell state. */
        STATE(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
        /** A tanh (or a mix of tanh values): in (−1, 1). */
        ACTIVATION(-1, 1),
        /** A sigmoid: in (0, 1). */
        GATE(0, 1);

        private final double low;
        private final double high;

        Kind(double low, double high) {
            this.low = low;
            this.high = high;
        }

        public double low() {
            return low;
        }

        public double high() {
            return high;
        }
    }

    public boolean isGate() {
        return kind == Kind.GATE;
    }

    static Quantity state(String id, String label) {
        return new Quantity(id, label, Kind.STATE, true);
    }

    /** Carried, in (−1, 1): a hidden state. */
    static Quantity carried(String id, String label) {
        return new Quantity(id, label, Kind.ACTIVATION, true);
    }

    static Quantity gate(String id) {
        return new Quantity(id, id + " gate", Kind.GATE, false);
    }

    static Quantity activation(String id, String label) {
        return new Quantity(id, label, Kind.ACTIVATION, false);
    }
}
