package com.lstmexplorer.model.cell;

/**
 * One layer's state after reading one character: element n of each array is neuron n.
 * Cell variants without a gate (e.g. a plain RNN) leave that array empty.
 */
public record LayerActivations(double[] cell, double[] hidden, double[] input, double[] forget,
                               double[] output, double[] candidate) {

    public double[] get(Quantity quantity) {
        return switch (quantity) {
            case CELL -> cell;
            case HIDDEN -> hidden;
            case INPUT -> input;
            case FORGET -> forget;
            case OUTPUT -> output;
            case CANDIDATE -> candidate;
        };
    }
}
