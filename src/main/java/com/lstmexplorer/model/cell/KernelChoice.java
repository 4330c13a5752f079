package com.lstmexplorer.model.cell;

/** Which matrix kernels this JVM runs, for benchmarks and logs to report. */
public final class KernelChoice {
    private KernelChoice() {
    }

    /** "vector (8 doubles per register)" or "scalar", with how to get the other. */
    public static String describe() {
        return Kernels.VECTOR
                ? "vector API kernels (" + VectorKernels.lanes() + " doubles per register); -Dlstm-explorer.kernels=scalar for the scalar ones"
                : "scalar kernels; start the JVM with --add-modules jdk.incubator.vector for the 2-2.5x faster vector ones";
    }
}
