package com.lstmexplorer.model.task;

import java.util.ArrayList;
import java.util.List;

/** Collects a task's latent variables step by step, then hands them out as {@link Latents}. */
final class LatentTable {
    private final List<String> names;
    private final double[][] values; // values[k][t]: variable k after reading character t

    LatentTable(List<String> names, int length) {
        this.names = names;
        this.values = new double[names.size()][length];
    }

    /** Records every variable after reading character {@code t}, in the order of the names. */
    void record(int t, double... row) {
        for (int k = 0; k < row.length; k++) {
            values[k][t] = row[k];
        }
    }

    Latents toLatents() {
        List<double[]> columns = new ArrayList<>(values.length);
        for (double[] column : values) {
            columns.add(column);
        }
        return new Latents(names, columns);
    }
}
