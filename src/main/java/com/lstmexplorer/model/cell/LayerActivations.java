package com.lstmexplorer.model.cell;

/**
 * One layer's state after reading one character: {@code values[q][n]} is quantity q of
 * {@code spec.quantities()} for neuron n.
 */
public record LayerActivations(CellSpec spec, double[][] values) {

    public double[] get(int q) {
        return values[q];
    }

    public double[] get(Quantity quantity) {
        return get(quantity.id());
    }

    /** @throws IllegalArgumentException when the cell does not record {@code id} */
    public double[] get(String id) {
        return values[spec.index(id)];
    }

    /** Neurons in the layer. */
    public int size() {
        return values[0].length;
    }
}
