package com.lstmexplorer.model;

/**
 * A copy of one parameter matrix of a network (a bias is a 1-row matrix), values in row-major order, as
 * {@link Network#parameters()} lists them to save, share and import weights: per layer l
 * {@code layer<l>.Wx}, {@code layer<l>.Wh}, {@code layer<l>.b} (an LSTM's four gates fused, [i | f | o | g]),
 * the cell's extra vectors ({@code layer<l>.p} for peepholes, {@code layer<l>.bh} for a GRU), then
 * {@code output.Wy}, {@code output.by}. The live matrices are {@code model.cell.Param}s.
 *
 * <p>These names, and the components {@code name}, {@code rows}, {@code cols}, {@code values}, are the
 * stored snapshot format: snapshots write them as JSON fields and hash them into their ids, so renaming
 * either would orphan every saved snapshot.
 */
public record NamedMatrix(String name, int rows, int cols, double[] values) {
    public NamedMatrix {
        if (rows < 1 || cols < 1 || values == null || values.length != rows * cols) {
            throw new IllegalArgumentException("parameter " + name + " should hold " + rows + "x" + cols
                    + " values, got " + (values == null ? "none" : String.valueOf(values.length)));
        }
    }
}
