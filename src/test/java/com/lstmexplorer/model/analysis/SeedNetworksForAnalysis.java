package com.lstmexplorer.model.analysis;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.task.SeedTask;
import com.lstmexplorer.model.train.Stopping;
import com.lstmexplorer.model.train.TrainingConfig;
import com.lstmexplorer.model.train.TrainingListener;
import com.lstmexplorer.model.train.TrainingLoop;
import com.lstmexplorer.model.train.TrainingOutcome;
import java.lang.management.ManagementFactory;

/**
 * A seed task's network trained as the seed networks are: the task's defaults, learning on until converged;
 * with the training thread's CPU seconds (a busy machine stretches wall time, not these).
 */
record SeedNetworksForAnalysis(Network network, TrainingOutcome outcome, double cpuSeconds) {

    static SeedNetworksForAnalysis train(SeedTask task, long seed) {
        return train(task, seed, Stopping.CONVERGED);
    }

    static SeedNetworksForAnalysis train(SeedTask task, long seed, Stopping stopping) {
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        Network network = Network.create(task.vocabulary(), task.defaults().shape(), seed);
        TrainingOutcome outcome = new TrainingLoop(task, network, TrainingConfig.of(task.defaults(), seed), stopping)
                .run(new TrainingListener() { }, () -> false);
        return new SeedNetworksForAnalysis(network, outcome,
                (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1e9);
    }
}
