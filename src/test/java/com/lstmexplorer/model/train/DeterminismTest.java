package com.lstmexplorer.model.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lstmexplorer.model.NamedMatrix;
import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.NetworkShape;
import com.lstmexplorer.model.Trace;
import com.lstmexplorer.model.Vocabulary;
import com.lstmexplorer.model.cell.CellType;
import com.lstmexplorer.model.cell.LayerActivations;
import com.lstmexplorer.model.cell.Quantity;
import com.lstmexplorer.model.task.SequenceSampler;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeterminismTest {
    private static final Vocabulary VOCABULARY = Vocabulary.of("aXb\n");
    private static final SequenceSampler COUNTING = random -> {
        int n = 1 + random.nextInt(10);
        return "a".repeat(n) + "X" + "b".repeat(n);
    };

    private static Network train(long seed) {
        Network network = Network.create(VOCABULARY, NetworkShape.lstm(2, 12), seed);
        Trainer trainer = new Trainer(network, new TrainingConfig(0.01, 16, 60, seed, 5.0), COUNTING);
        for (int i = 0; i < 60; i++) {
            assertTrue(Double.isFinite(trainer.step()));
        }
        assertEquals(60, trainer.steps());
        return network;
    }

    @Test
    void oneSeedGivesBitIdenticalWeightsAndTraces() {
        Network first = train(42);
        Network second = train(42);
        List<NamedMatrix> a = first.parameters();
        List<NamedMatrix> b = second.parameters();
        assertEquals(a.size(), b.size());
        for (int k = 0; k < a.size(); k++) {
            assertArrayEquals(a.get(k).values(), b.get(k).values(), a.get(k).name());
        }
        Trace ta = first.trace("aaaaaXbbbbb");
        Trace tb = second.trace("aaaaaXbbbbb");
        for (int t = 0; t < ta.steps().size(); t++) {
            assertArrayEquals(ta.steps().get(t).distribution(), tb.steps().get(t).distribution());
            for (int l = 0; l < 2; l++) {
                LayerActivations la = ta.steps().get(t).layers().get(l);
                LayerActivations lb = tb.steps().get(t).layers().get(l);
                for (Quantity q : CellType.LSTM.spec().quantities()) {
                    assertArrayEquals(la.get(q), lb.get(q), q + " at step " + t);
                }
            }
        }
    }

    @Test
    void anotherSeedGivesAnotherNetwork() {
        assertFalse(Arrays.equals(train(1).parameters().get(0).values(), train(2).parameters().get(0).values()));
    }

    @Test
    void trainingLowersTheLoss() {
        Network network = Network.create(VOCABULARY, NetworkShape.lstm(1, 10), 3);
        Trainer trainer = new Trainer(network, new TrainingConfig(0.02, 32, 300, 3, 5.0), COUNTING);
        double first = trainer.step();
        double last = first;
        for (int i = 0; i < 299; i++) {
            last = trainer.step();
        }
        // the a's are random (entropy ≈ 0.3 nats per character overall); the rest is learnable
        assertTrue(last < first / 2, "loss went from " + first + " to " + last);
    }
}
