package com.lstmexplorer.runs;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.NetworkShape;
import com.lstmexplorer.model.Trace;
import com.lstmexplorer.model.cell.CellType;
import com.lstmexplorer.model.task.SeedTasks;
import com.lstmexplorer.model.task.Task;
import com.lstmexplorer.model.train.TrainingConfig;
import com.lstmexplorer.model.train.TrainingListener;
import com.lstmexplorer.model.train.TrainingLoop;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the fixtures of {@code frontend/test/compactFrames.test.js}: compact activations frames and the
 * JSON frames of the same traces, of a 2 x 8 counting LSTM ({@code activations-v2.bin}, {@code .json}) and a
 * 1 x 6 counting GRU ({@code activations-gru-v2.*}) after 100 steps. Run it again when the format changes:
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.lstmexplorer.runs.CompactActivationsFixture
 * </pre>
 */
public final class CompactActivationsFixture {
    private CompactActivationsFixture() {
    }

    public static void main(String[] args) throws Exception {
        write(new NetworkShape(CellType.LSTM, 2, 8), "activations-v" + CompactActivations.VERSION);
        write(new NetworkShape(CellType.GRU, 1, 6), "activations-gru-v" + CompactActivations.VERSION);
    }

    private static void write(NetworkShape shape, String name) throws Exception {
        Task task = SeedTasks.byId("counting");
        Network network = Network.create(task.vocabulary(), shape, 7);
        new TrainingLoop(task, network, new TrainingConfig(0.01, 32, 100, 7, TrainingConfig.DEFAULT_CLIP_NORM))
                .run(new TrainingListener() { }, () -> false);
        List<Trace> traces = task.evaluationSet().subList(0, 6).stream().map(network::trace).toList();
        Path dir = Path.of("frontend/test/fixtures");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".bin"), CompactActivations.encode(100, traces, 3));
        Files.write(dir.resolve(name + ".json"), CompactActivationsTest.jsonFrame(100, traces));
    }
}
