package com.lstmexplorer.model.cell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What every registered cell must do besides its gradient (see {@link GradientCheckTest}). */
class CellsTest {
    private static final int V = 5;
    private static final int[] SEQUENCE = {0, 3, 1, 1, 4, 2, 0};

    private static LayerStack stack(CellType cell) {
        return LayerStack.initialised(cell, 2, 6, V, new SplittableRandom(3));
    }

    /** The step pass (in place over one row) and the packed pass compute the same network. */
    @ParameterizedTest
    @EnumSource(CellType.class)
    void readingOneCharacterAtATimeGivesTheLossOfThePackedPass(CellType cell) {
        LayerStack stack = stack(cell);
        PackedBatch batch = new PackedBatch();
        batch.pack(new int[][] {SEQUENCE}, 1, 4);
        double packed = stack.newBatchPass().loss(batch);

        SequenceReader reader = stack.newReader();
        double loss = 0;
        for (int t = 0; t < SEQUENCE.length; t++) {
            double[] p = reader.read(SEQUENCE[t]);
            loss -= Math.log(p[t + 1 < SEQUENCE.length ? SEQUENCE[t + 1] : 4]);
        }
        assertEquals(packed, loss / SEQUENCE.length, 1e-12);
    }

    @ParameterizedTest
    @EnumSource(CellType.class)
    void activationsFollowTheSpecAndKeepItsRanges(CellType cell) {
        SequenceReader reader = stack(cell).newReader();
        for (int symbol : SEQUENCE) {
            reader.read(symbol);
            for (int l = 0; l < 2; l++) {
                LayerActivations a = reader.activations(l);
                assertEquals(cell.spec().quantities().size(), a.values().length);
                for (Quantity q : cell.spec().quantities()) {
                    for (double v : a.get(q)) {
                        assertTrue(v > q.kind().low() && v < q.kind().high(), cell + " " + q.id() + " = " + v);
                    }
                }
                assertEquals(6, a.size());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(CellType.class)
    void aHoldOverwritesTheCarriedStateAndTheNextStepReadsIt(CellType cell) {
        LayerStack stack = stack(cell);
        List<Quantity> carried = cell.spec().carried();
        double[] values = new double[carried.size()];
        for (int k = 0; k < values.length; k++) {
            values[k] = 0.25 + 0.1 * k;
        }
        SequenceReader intact = stack.newReader();
        SequenceReader held = stack.newReader(new Intervention(List.of(new Intervention.Hold(1, 2, values)), 2));
        for (int t = 0; t < SEQUENCE.length; t++) {
            double[] p = intact.read(SEQUENCE[t]).clone();
            double[] q = held.read(SEQUENCE[t]);
            if (t < 2) {
                assertArrayEquals(p, q, "before fromStep");
            } else {
                assertNotEquals(p[0], q[0], "the readout reads the held state at step " + t);
                for (int k = 0; k < values.length; k++) {
                    assertEquals(values[k], held.activations(1).get(carried.get(k))[2], carried.get(k).id());
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(CellType.class)
    void parametersAreNamedByTheSpec(CellType cell) {
        List<String> names = stack(cell).layers().get(0).parameters().stream().map(Param::name).toList();
        List<String> expected = new java.util.ArrayList<>(List.of("layer0.Wx", "layer0.Wh", "layer0.b"));
        cell.spec().extras().forEach(e -> expected.add("layer0." + e.name()));
        assertEquals(expected, names);
        assertEquals(cell, CellType.byId(cell.id()));
        assertEquals(cell, CellType.byId(cell.name()));
    }

    @Test
    void theLstmKeepsItsStoredNamesAndQuantityIds() {
        assertEquals(List.of("cell", "hidden", "input", "forget", "output", "candidate"),
                CellType.LSTM.spec().quantities().stream().map(Quantity::id).toList());
        assertEquals("LSTM", CellType.LSTM.name());
        assertThrows(IllegalArgumentException.class, () -> CellType.byId("lstm2"));
    }
}
