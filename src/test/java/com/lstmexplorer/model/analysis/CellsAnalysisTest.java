package com.lstmexplorer.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.NetworkShape;
import com.lstmexplorer.model.cell.CellType;
import com.lstmexplorer.model.task.SeedTask;
import com.lstmexplorer.model.task.SeedTasks;
import com.lstmexplorer.model.train.Stopping;
import com.lstmexplorer.model.train.TrainingConfig;
import com.lstmexplorer.model.train.TrainingListener;
import com.lstmexplorer.model.train.TrainingLoop;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The analysis runs over whatever quantities a cell records, and its ablations hold that cell's state. */
class CellsAnalysisTest {
    private static final SeedTask COUNTING = SeedTasks.byId("counting");

    @ParameterizedTest
    @EnumSource(CellType.class)
    void aTrainedCountingNetworkOfEveryCellIsAnalysedAndAblated(CellType cell) {
        NetworkShape shape = new NetworkShape(cell, 1, COUNTING.defaults().hiddenSize());
        Network network = Network.create(COUNTING.vocabulary(), shape, 1);
        new TrainingLoop(COUNTING, network, TrainingConfig.of(COUNTING.defaults(), 1), Stopping.CONVERGED)
                .run(new TrainingListener() { }, () -> false);

        NetworkAnalysis analysis = Analyser.analyse(network, Subject.of(COUNTING));
        assertEquals(1.0, analysis.baseline().accuracy(), cell + " solves counting");
        assertFalse(analysis.labels().isEmpty());
        Recording recording = Recording.of(network, COUNTING.evaluationSet(), null);
        assertEquals(cell.spec().quantities(), recording.quantities());
        for (AblationMode mode : AblationMode.values()) {
            Ablation ablation = new Ablation(List.of(new NeuronRef(0, 0)), mode, mode == AblationMode.CLAMP ? 0.5 : null, 0);
            Analyser.ablate(network, Subject.of(COUNTING), ablation, COUNTING.evaluationSet());
        }
    }
}
