package com.lstmexplorer.model.cell;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * What decides which matrix kernels pay on a JVM, as the running JVM reports it. The vector API
 * kernels are fast only when C2 compiles them to vector instructions (its intrinsics); interpreted
 * or compiled by C1 alone, each vector operation allocates: a 400-step run that the jar trains in 8 s took
 * 488 s under {@code -XX:TieredStopAtLevel=1} (docs/kernels.md).
 *
 * @param vectorModule      whether the boot layer holds {@code jdk.incubator.vector}
 * @param kernelsProperty   the system property {@code lstm-explorer.kernels}, or null
 * @param useCompiler       HotSpot's {@code UseCompiler} (false with {@code -Xint})
 * @param tieredCompilation HotSpot's {@code TieredCompilation}
 * @param tieredStopAtLevel HotSpot's {@code TieredStopAtLevel}: below 4, tiered compilation stops at C1
 * @param compilationMode   HotSpot's {@code CompilationMode} ({@code quick-only} is C1 alone)
 * @param vmInfo            the system property {@code java.vm.info} ("mixed mode", "interpreted mode", ...)
 */
public record JvmFacts(boolean vectorModule, String kernelsProperty, boolean useCompiler, boolean tieredCompilation,
                       int tieredStopAtLevel, String compilationMode, String vmInfo) {
    /** C2's tier: a {@code TieredStopAtLevel} below it leaves C1 alone. */
    static final int C2_LEVEL = 4;

    /** A JVM with every compiler on and the vector module added: HotSpot's defaults. */
    public static JvmFacts defaults() {
        return new JvmFacts(true, null, true, true, C2_LEVEL, "default", "mixed mode");
    }

    /**
     * The facts of this JVM. Options that a JVM does not report (not HotSpot, or without
     * {@code jdk.management}) keep HotSpot's defaults: an unknown JVM is trusted to compile.
     */
    public static JvmFacts probe() {
        boolean module = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        String property = System.getProperty("lstm-explorer.kernels");
        String vmInfo = System.getProperty("java.vm.info", "");
        JvmFacts d = defaults();
        HotSpotDiagnosticMXBean hotSpot = hotSpot();
        return new JvmFacts(module, property,
                Boolean.parseBoolean(option(hotSpot, "UseCompiler", String.valueOf(d.useCompiler()))),
                Boolean.parseBoolean(option(hotSpot, "TieredCompilation", String.valueOf(d.tieredCompilation()))),
                Integer.parseInt(option(hotSpot, "TieredStopAtLevel", String.valueOf(d.tieredStopAtLevel()))),
                option(hotSpot, "CompilationMode", d.compilationMode()), vmInfo);
    }

    private static HotSpotDiagnosticMXBean hotSpot() {
        try {
            return ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    private static String option(HotSpotDiagnosticMXBean hotSpot, String name, String fallback) {
        if (hotSpot == null) {
            return fallback;
        }
        try {
            return hotSpot.getVMOption(name).getValue();
        } catch (RuntimeException e) {
            return fallback;
        }
    }
}
