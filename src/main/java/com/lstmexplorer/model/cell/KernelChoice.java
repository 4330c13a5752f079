package com.lstmexplorer.model.cell;

import java.util.ArrayList;
import java.util.List;

/**
 * Which matrix kernels the engine runs, and why, decided from a JVM's {@link JvmFacts}: the vector API
 * kernels when the module is there and C2 compiles, the scalar ones otherwise. {@link #line()} is the
 * one line the app logs at start and {@code bench} prints on standard error.
 *
 * @param vector  whether {@link Kernels} runs {@link VectorKernels}
 * @param reasons why not (empty when {@code vector}), each with what to change
 */
public record KernelChoice(boolean vector, List<String> reasons) {
    private static final KernelChoice CURRENT = decide(JvmFacts.probe());

    public KernelChoice {
        reasons = List.copyOf(reasons);
    }

    /** The choice for this JVM, made once when the engine first runs. */
    public static KernelChoice current() {
        return CURRENT;
    }

    /** The kernels a JVM with these facts should run. */
    public static KernelChoice decide(JvmFacts jvm) {
        List<String> reasons = new ArrayList<>();
        String c2Off = c2Off(jvm);
        if (c2Off != null) {
            reasons.add("C2 disabled by " + c2Off + " (start the JVM without it: C1 alone trains many times slower"
                    + " with any kernels)");
        }
        if (!jvm.vectorModule()) {
            reasons.add("module jdk.incubator.vector not added (start the JVM with --add-modules"
                    + " jdk.incubator.vector for the faster vector kernels)");
        }
        if ("scalar".equals(jvm.kernelsProperty())) {
            reasons.add("-Dlstm-explorer.kernels=scalar");
        }
        return new KernelChoice(reasons.isEmpty(), reasons);
    }

    /** The option that keeps C2 from compiling, or null when C2 is on. */
    static String c2Off(JvmFacts jvm) {
        if (jvm.vmInfo().contains("interpreted mode")) {
            return "-Xint";
        }
        if (!jvm.useCompiler()) {
            return "-XX:-UseCompiler";
        }
        if ("quick-only".equals(jvm.compilationMode())) {
            return "-XX:CompilationMode=quick-only";
        }
        // Without tiered compilation HotSpot runs C2 alone and ignores TieredStopAtLevel.
        if (jvm.tieredCompilation() && jvm.tieredStopAtLevel() < JvmFacts.C2_LEVEL) {
            return "-XX:TieredStopAtLevel=" + jvm.tieredStopAtLevel();
        }
        return null;
    }

    /**
     * "kernels: vector API (8 doubles per register), C2 on" or "kernels: scalar; vector kernels off: C2
     * disabled by -XX:TieredStopAtLevel=1 (...)".
     */
    public String line() {
        return vector
                ? "kernels: vector API (" + VectorKernels.lanes() + " doubles per register), module"
                        + " jdk.incubator.vector added and C2 on; -Dlstm-explorer.kernels=scalar for the scalar ones"
                : "kernels: scalar; vector kernels off: " + String.join("; ", reasons);
    }
}
