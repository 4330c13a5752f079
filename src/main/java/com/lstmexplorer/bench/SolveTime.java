package com.lstmexplorer.bench;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.task.SeedTask;
import com.lstmexplorer.model.task.TaskDefaults;
import com.lstmexplorer.model.train.TrainingConfig;
import com.lstmexplorer.model.train.TrainingListener;
import com.lstmexplorer.model.train.TrainingLoop;
import com.lstmexplorer.model.train.TrainingOutcome;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/** Wall time from a freshly created network to solved, with the task's defaults and the real {@link TrainingLoop}. */
final class SolveTime {
    private SolveTime() {
    }

    /** {@code steps} is the step it was solved at, or the steps run when it was not solved within the cap. */
    record Result(long seed, int steps, boolean solved, double seconds, double cpuSeconds) {
    }

    static Result run(SeedTask task, long seed) {
        TaskDefaults defaults = task.defaults();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        Network network = Network.create(task.vocabulary(), defaults.shape(), seed);
        TrainingOutcome outcome = new TrainingLoop(task, network, TrainingConfig.of(defaults, seed))
                .run(new TrainingListener() { }, () -> false);
        double seconds = Timing.seconds(System.nanoTime() - start);
        double cpuSeconds = Timing.seconds(threads.getCurrentThreadCpuTime() - cpu);
        boolean solved = outcome.solvedAtStep() != null;
        return new Result(seed, solved ? outcome.solvedAtStep() : outcome.steps(), solved, seconds, cpuSeconds);
    }
}
