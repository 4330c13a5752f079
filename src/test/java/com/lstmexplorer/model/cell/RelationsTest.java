package com.lstmexplorer.model.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each relation a cell declares holds on what it records, step after step. */
class RelationsTest {
    private static final int[] SEQUENCE = {0, 3, 1, 1, 4, 2, 0, 3};

    @ParameterizedTest
    @EnumSource(CellType.class)
    void everyDeclaredRelationHoldsOnTheRecordedValues(CellType cell) {
        CellSpec spec = cell.spec();
        SequenceReader reader = LayerStack.initialised(cell, 2, 6, 5, new SplittableRandom(11)).newReader();
        double[][][] previous = new double[2][][];
        for (int symbol : SEQUENCE) {
            reader.read(symbol);
            for (int l = 0; l < 2; l++) {
                LayerActivations a = reader.activations(l);
                for (Relation relation : spec.relations()) {
                    double[] before = previous[l] == null ? new double[a.size()] : previous[l][spec.index(relation.target())];
                    for (int n = 0; n < a.size(); n++) {
                        assertEquals(a.get(relation.target())[n], made(relation, a, before[n], n), 1e-12,
                                cell + " " + relation);
                    }
                }
                previous[l] = a.values();
            }
        }
    }

    private static double made(Relation relation, LayerActivations a, double before, int n) {
        List<String> x = relation.operands();
        return switch (relation.form()) {
            case BLEND -> a.get(x.get(0))[n] * before + a.get(x.get(1))[n] * a.get(x.get(2))[n];
            case COUPLED_BLEND -> a.get(x.get(0))[n] * before + (1 - a.get(x.get(0))[n]) * a.get(x.get(1))[n];
            case SQUASH -> a.get(x.get(0))[n] * Math.tanh(a.get(x.get(1))[n]);
        };
    }

    @Test
    void theMemoryCellsAndTheGruDeclareTheirsAndThePlainRnnNone() {
        assertEquals(List.of("cell", "hidden"), CellType.LSTM.spec().relations().stream().map(Relation::target).toList());
        assertEquals(CellType.LSTM.spec().relations(), CellType.PEEPHOLE.spec().relations());
        assertEquals(Relation.Form.COUPLED_BLEND, CellType.CIFG.spec().relations().get(0).form());
        assertEquals(List.of(Relation.coupledBlend("hidden", "update", "candidate")), CellType.GRU.spec().relations());
        assertEquals(List.of(), CellType.RNN.spec().relations());
    }

    @Test
    void aRelationMustReadQuantitiesKnownBeforeIt() {
        List<Quantity> q = List.of(Quantity.state("c", "c"), Quantity.carried("h", "h"), Quantity.gate("o"));
        IllegalArgumentException late = assertThrows(IllegalArgumentException.class, () -> new CellSpec("x", "x", q,
                List.of("o"), List.of(), List.of(), List.of(Relation.squash("h", "o", "c"), Relation.squash("c", "o", "o"))));
        assertEquals("relation 0 for 'h' reads 'c', which is not a quantity or is made only later", late.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new CellSpec("x", "x", q, List.of("o"), List.of(), List.of(),
                List.of(Relation.squash("y", "o", "c"))));
        assertThrows(IllegalArgumentException.class, () -> new Relation("h", Relation.Form.BLEND, List.of("o")));
    }
}
