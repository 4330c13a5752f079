package com.lstmexplorer.runs;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.NetworkShape;
import com.lstmexplorer.model.Trace;
import com.lstmexplorer.model.cell.CellType;
import com.lstmexplorer.model.task.SeedTasks;
import com.lstmexplorer.model.task.Task;
import com.lstmexplorer.model.task.TaskDefaults;
import com.lstmexplorer.model.train.Stopping;
import com.lstmexplorer.model.train.TrainingConfig;
import com.lstmexplorer.model.train.TrainingListener;
import com.lstmexplorer.model.train.TrainingLoop;
import com.lstmexplorer.model.train.TrainingOutcome;
import java.util.List;

/**
 * Prints the size of a live activations frame, JSON and compact, of the counting seed task's network
 * (its defaults, seed 1, trained as the seed network is, until converged) on its first 50 evaluation
 * sequences at the stream's 3 decimals, for each cell named (default: every cell):
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.lstmexplorer.runs.FrameSizes -Dexec.args="lstm gru"
 * </pre>
 */
public final class FrameSizes {
    private FrameSizes() {
    }

    public static void main(String[] args) {
        List<CellType> cells = args.length == 0 ? List.of(CellType.values())
                : java.util.Arrays.stream(args).map(CellType::byId).toList();
        Task task = SeedTasks.byId("counting");
        TaskDefaults d = task.defaults();
        List<String> probes = task.evaluationSet().subList(0, Math.min(50, task.evaluationSet().size()));
        for (CellType cell : cells) {
            Network network = Network.create(task.vocabulary(), new NetworkShape(cell, d.layers(), d.hiddenSize()), 1);
            TrainingOutcome outcome = new TrainingLoop(task, network,
                    new TrainingConfig(d.learningRate(), d.batchSize(), d.maxSteps(), 1, TrainingConfig.DEFAULT_CLIP_NORM),
                    Stopping.CONVERGED).run(new TrainingListener() { }, () -> false);
            List<Trace> traces = probes.stream().map(network::trace).toList();
            byte[] json = ActivationsFrames.json(outcome.steps(), traces, 3);
            byte[] compact = CompactActivations.encode(outcome.steps(), traces, 3);
            System.out.printf("counting %s %dx%d, %d steps, %d probes: JSON %d bytes, compact %d bytes (1/%.1f)%n",
                    cell.id(), d.layers(), d.hiddenSize(), outcome.steps(), probes.size(), json.length, compact.length,
                    (double) json.length / compact.length);
        }
    }
}
