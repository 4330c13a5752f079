package com.lstmexplorer.model;

/**
 * One parameter tensor of a network in row-major order, e.g. {@code layer0.W} or {@code output.b},
 * used to save, share and import weights.
 */
public record NamedMatrix(String name, int rows, int cols, double[] values) {
    public NamedMatrix {
        if (rows < 1 || cols < 1 || values == null || values.length != rows * cols) {
            throw new IllegalArgumentException("parameter " + name + " should hold " + rows + "x" + cols
                    + " values, got " + (values == null ? "none" : String.valueOf(values.length)));
        }
    }
}
