package com.lstmexplorer.model;

import com.lstmexplorer.model.cell.Param;
import java.util.List;

/** Checks imported parameters against the ones a network of the given shape has, and copies them in. */
final class ParameterCheck {
    private ParameterCheck() {
    }

    /**
     * Copies {@code given} into {@code expected}, which they must match one for one, in order.
     *
     * @throws IllegalArgumentException naming the first missing, unexpected, misshapen or non-finite parameter
     */
    static void copyInto(List<Param> expected, List<NamedMatrix> given) {
        if (given == null) {
            throw new IllegalArgumentException("parameters are missing");
        }
        for (int i = 0; i < expected.size(); i++) {
            Param want = expected.get(i);
            if (i >= given.size() || given.get(i) == null) {
                throw new IllegalArgumentException("parameter " + want.name() + " is missing");
            }
            NamedMatrix got = given.get(i);
            if (!want.name().equals(got.name())) {
                throw new IllegalArgumentException("parameter " + (i + 1) + " should be " + want.name()
                        + ", got " + got.name());
            }
            if (got.rows() != want.value().numRows || got.cols() != want.value().numCols) {
                throw new IllegalArgumentException("parameter " + got.name() + " should be " + want.value().numRows
                        + "x" + want.value().numCols + ", got " + got.rows() + "x" + got.cols());
            }
            double[] values = got.values();
            for (int k = 0; k < values.length; k++) {
                if (!Double.isFinite(values[k])) {
                    throw new IllegalArgumentException("parameter " + got.name() + " has a non-finite value ("
                            + values[k] + ") at row " + (k / got.cols() + 1) + ", column " + (k % got.cols() + 1));
                }
            }
            System.arraycopy(values, 0, want.value().data, 0, values.length);
        }
        if (given.size() > expected.size()) {
            throw new IllegalArgumentException("unexpected parameter " + given.get(expected.size()).name()
                    + ": a network of this shape has " + expected.size() + " parameters");
        }
    }
}
