package com.lstmexplorer.model.cell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which kernels a JVM gets, from what it reports: the vector ones only with the module and C2. */
class KernelChoiceTest {
    private static final JvmFacts HOTSPOT = JvmFacts.defaults();

    @Test
    void theVectorKernelsRunWithTheModuleAndC2() {
        KernelChoice choice = KernelChoice.decide(HOTSPOT);
        assertThat(choice.vector()).isTrue();
        assertThat(choice.line()).startsWith("kernels: vector API").contains("C2 on");
    }

    @Test
    void tieredStopAtLevelBelowFourTurnsThemOffAndSaysSo() {
        for (int level = 0; level < 4; level++) {
            KernelChoice choice = KernelChoice.decide(withStopAt(level, true));
            assertThat(choice.vector()).isFalse();
            assertThat(choice.line()).startsWith("kernels: scalar; vector kernels off: C2 disabled by"
                    + " -XX:TieredStopAtLevel=" + level + " (");
        }
    }

    @Test
    void withoutTieredCompilationTheStopLevelIsIgnoredAndC2Runs() {
        assertThat(KernelChoice.decide(withStopAt(1, false)).vector()).isTrue();
    }

    @Test
    void anInterpreterOnlyJvmRunsTheScalarKernels() {
        JvmFacts xint = new JvmFacts(true, null, false, true, 4, "default", "interpreted mode, sharing");
        assertThat(KernelChoice.decide(xint).vector()).isFalse();
        assertThat(KernelChoice.decide(xint).line()).contains("C2 disabled by -Xint");
        JvmFacts noCompiler = new JvmFacts(true, null, false, true, 4, "default", "mixed mode");
        assertThat(KernelChoice.decide(noCompiler).line()).contains("C2 disabled by -XX:-UseCompiler");
    }

    @Test
    void quickOnlyCompilationModeIsC1Alone() {
        JvmFacts quick = new JvmFacts(true, null, true, true, 4, "quick-only", "mixed mode");
        assertThat(KernelChoice.decide(quick).line()).contains("C2 disabled by -XX:CompilationMode=quick-only");
    }

    @Test
    void withoutTheModuleTheLineSaysWhatToAdd() {
        JvmFacts noModule = new JvmFacts(false, null, true, true, 4, "default", "mixed mode");
        KernelChoice choice = KernelChoice.decide(noModule);
        assertThat(choice.vector()).isFalse();
        assertThat(choice.line()).isEqualTo("kernels: scalar; vector kernels off: module jdk.incubator.vector not"
                + " added (start the JVM with --add-modules jdk.incubator.vector for the faster vector kernels)");
    }

    @Test
    void everyReasonIsNamedOnTheOneLine() {
        JvmFacts both = new JvmFacts(false, "scalar", true, true, 1, "default", "mixed mode");
        KernelChoice choice = KernelChoice.decide(both);
        assertThat(choice.reasons()).hasSize(3);
        assertThat(choice.line()).doesNotContain("\n").contains("-XX:TieredStopAtLevel=1", "--add-modules",
                "-Dlstm-explorer.kernels=scalar");
    }

    @Test
    void theScalarPropertyAloneKeepsTheScalarKernels() {
        JvmFacts scalar = new JvmFacts(true, "scalar", true, true, 4, "default", "mixed mode");
        assertThat(KernelChoice.decide(scalar).line())
                .isEqualTo("kernels: scalar; vector kernels off: -Dlstm-explorer.kernels=scalar");
    }

    @Test
    void theBuildsTestJvmReportsC2AndTheModule() {
        // surefire forks a JVM with C2 and argLine's --add-modules: the probe must see both
        JvmFacts probed = JvmFacts.probe();
        assertThat(probed.vectorModule()).isTrue();
        assertThat(KernelChoice.c2Off(probed)).as(probed.toString()).isNull();
        assertThat(probed.vmInfo()).contains("mixed mode");
    }

    private static JvmFacts withStopAt(int level, boolean tiered) {
        return new JvmFacts(true, null, true, tiered, level, "default", "mixed mode");
    }
}
