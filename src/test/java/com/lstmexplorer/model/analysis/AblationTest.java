package com.lstmexplorer.model.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.NetworkShape;
import com.lstmexplorer.model.Trace;
import com.lstmexplorer.model.cell.CellType;
import com.lstmexplorer.model.cell.Intervention;
import com.lstmexplorer.model.cell.LstmCell;
import com.lstmexplorer.model.cell.LayerActivations;
import com.lstmexplorer.model.cell.Quantity;
import com.lstmexplorer.model.task.SeedTasks;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The intervention hook: it changes the held neuron only, holds exactly the values asked for, from the step asked for. */
class AblationTest {
    private final Network network = Network.create(SeedTasks.byId("counting").vocabulary(), NetworkShape.lstm(1, 6), 11);
    private static final String SEQUENCE = "aaaaXbbbb";

    @Test
    void zeroingOneNeuronChangesExactlyThatNeuronAtItsStepAndNothingBefore() {
        int from = 3;
        Trace intact = network.trace(SEQUENCE);
        Trace ablated = network.trace(SEQUENCE, Ablation.zero(new NeuronRef(0, 2)).intervention(network, null));
        LayerActivations a = intact.steps().get(0).layers().get(0);
        LayerActivations b = ablated.steps().get(0).layers().get(0);
        for (Quantity q : CellType.LSTM.spec().quantities()) {
            for (int n = 0; n < 6; n++) {
                boolean held = n == 2 && (q == LstmCell.CELL || q == LstmCell.HIDDEN);
                if (held) {
                    assertEquals(0.0, b.get(q)[n], q + " of the held neuron");
                    assertNotEquals(0.0, a.get(q)[n]);
                } else {
                    assertEquals(a.get(q)[n], b.get(q)[n], q + " of neuron " + n + " is untouched at the held step");
                }
            }
        }
        Trace late = network.trace(SEQUENCE, new Ablation(List.of(new NeuronRef(0, 2)), AblationMode.ZERO, null, from)
                .intervention(network, null));
        for (int t = 0; t < from; t++) {
            for (Quantity q : CellType.LSTM.spec().quantities()) {
                assertArrayEquals(intact.steps().get(t).layers().get(0).get(q), late.steps().get(t).layers().get(0).get(q),
                        "step " + t + " is before fromStep");
            }
        }
        assertEquals(0.0, late.steps().get(from).layers().get(0).get(LstmCell.CELL)[2]);
        assertNotEquals(intact.steps().get(from + 1).layers().get(0).get(LstmCell.CELL)[0],
                late.steps().get(from + 1).layers().get(0).get(LstmCell.CELL)[0], "the next step reads the held state");
    }

    @Test
    void aClampedNeuronReadsTheClampValueAndItsHiddenFollowsItsOutputGate() {
        Trace clamped = network.trace(SEQUENCE, new Ablation(List.of(new NeuronRef(0, 4)), AblationMode.CLAMP, 2.5, 1)
                .intervention(network, null));
        assertNotEquals(2.5, clamped.steps().get(0).layers().get(0).get(LstmCell.CELL)[4]);
        for (int t = 1; t < SEQUENCE.length(); t++) {
            LayerActivations a = clamped.steps().get(t).layers().get(0);
            assertEquals(2.5, a.get(LstmCell.CELL)[4]);
            assertEquals(a.get(LstmCell.OUTPUT)[4] * Math.tanh(2.5), a.get(LstmCell.HIDDEN)[4], 1e-15);
        }
    }

    @Test
    void meanHoldsTheNeuronAtItsMeansOverTheProbes() {
        Recording intact = Recording.of(network, SeedTasks.byId("counting").evaluationSet(), null);
        Intervention mean = new Ablation(List.of(new NeuronRef(0, 1)), AblationMode.MEAN, null, 0).intervention(network, intact);
        Trace held = network.trace(SEQUENCE, mean);
        for (var step : held.steps()) {
            assertEquals(intact.mean(0, LstmCell.CELL, 1), step.layers().get(0).get(LstmCell.CELL)[1], 1e-15);
            assertEquals(intact.mean(0, LstmCell.HIDDEN, 1), step.layers().get(0).get(LstmCell.HIDDEN)[1], 1e-15);
        }
    }

    @Test
    void aNeuronOrLayerTheNetworkLacksIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Ablation.zero(new NeuronRef(0, 6)).intervention(network, null));
        assertTrue(e.getMessage().contains("neuron 6 does not exist in layer 0, which has 6 neurons"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Ablation.zero(new NeuronRef(1, 0)).intervention(network, null));
        assertTrue(e.getMessage().contains("layer 1 does not exist"), e.getMessage());
    }
}
