package com.lstmexplorer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lstmexplorer.model.cell.CellType;
import com.lstmexplorer.model.cell.LayerActivations;
import com.lstmexplorer.model.cell.LstmCell;
import com.lstmexplorer.model.cell.Quantity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkTest {
    private final Vocabulary vocabulary = Vocabulary.of("aXb\n");

    @Test
    void parametersAreNamedAndShapedAsDocumented() {
        Network network = Network.create(vocabulary, NetworkShape.lstm(2, 10), 1);
        List<String> described = new ArrayList<>();
        for (NamedMatrix m : network.parameters()) {
            described.add(m.name() + " " + m.rows() + "x" + m.cols());
        }
        assertEquals(List.of("layer0.Wx 4x40", "layer0.Wh 10x40", "layer0.b 1x40", "layer1.Wx 10x40",
                "layer1.Wh 10x40", "layer1.b 1x40", "output.Wy 10x4", "output.by 1x4"), described);
        double[] b = network.parameters().get(2).values();
        for (int j = 0; j < 40; j++) {
            // forget gate bias (columns H..2H) starts at 1, the others at 0
            assertEquals(j >= 10 && j < 20 ? 1.0 : 0.0, b[j], "b[" + j + "]");
        }
    }

    @Test
    void traceRecordsEveryGateOfEveryNeuronAtEveryStep() {
        Network network = Network.create(vocabulary, NetworkShape.lstm(2, 5), 4);
        Trace trace = network.trace("aaXbb");
        assertEquals(5, trace.steps().size());
        for (TraceStep step : trace.steps()) {
            assertEquals(2, step.layers().size());
            for (LayerActivations layer : step.layers()) {
                for (Quantity q : CellType.LSTM.spec().quantities()) {
                    assertEquals(5, layer.get(q).length);
                }
                for (int n = 0; n < 5; n++) {
                    // the cell equations hold between the recorded values
                    assertEquals(layer.get(LstmCell.OUTPUT)[n] * Math.tanh(layer.get(LstmCell.CELL)[n]), layer.get(LstmCell.HIDDEN)[n], 1e-15);
                    assertTrue(layer.get(LstmCell.FORGET)[n] > 0 && layer.get(LstmCell.FORGET)[n] < 1);
                }
            }
            double sum = 0;
            for (double p : step.distribution()) {
                sum += p;
            }
            assertEquals(1, sum, 1e-12);
            assertEquals(step.probability(), step.distribution()[vocabulary.indexOf(step.predicted())]);
        }
        LayerActivations first = trace.steps().get(0).layers().get(0);
        LayerActivations second = trace.steps().get(1).layers().get(0);
        for (int n = 0; n < 5; n++) {
            // c_1 = f_1 ⊙ c_0 + i_1 ⊙ g_1
            assertEquals(second.get(LstmCell.FORGET)[n] * first.get(LstmCell.CELL)[n] + second.get(LstmCell.INPUT)[n] * second.get(LstmCell.CANDIDATE)[n],
                    second.get(LstmCell.CELL)[n], 1e-15);
        }
    }

    @Test
    void greedyContinueFeedsBackItsOwnPredictions() {
        Network network = Network.create(vocabulary, NetworkShape.lstm(1, 8), 2);
        String produced = network.greedyContinue("aX", 6);
        assertTrue(produced.length() <= 6);
        String whole = "aX" + produced;
        Trace trace = network.trace(whole.endsWith("\n") ? whole.substring(0, whole.length() - 1) : whole);
        for (int t = 1; t < produced.length() + 1 && t < trace.steps().size() + 1; t++) {
            assertEquals(produced.charAt(t - 1), trace.steps().get(t).predicted());
        }
    }

    @Test
    void copyIsIndependentAndEqual() {
        Network network = Network.create(vocabulary, NetworkShape.lstm(1, 4), 9);
        Network copy = network.copy();
        assertArrayEquals(network.parameters().get(0).values(), copy.parameters().get(0).values());
        copy.stack().parameters().get(0).value().data[0] += 1;
        assertNotEquals(network.parameters().get(0).values()[0], copy.parameters().get(0).values()[0]);
    }

    @Test
    void fromParametersRoundTripsAndNamesWhatIsWrong() {
        NetworkShape shape = NetworkShape.lstm(1, 3);
        Network network = Network.create(vocabulary, shape, 5);
        Network back = Network.fromParameters(vocabulary, shape, network.parameters());
        assertArrayEquals(network.trace("aXb").steps().get(2).distribution(),
                back.trace("aXb").steps().get(2).distribution());

        List<NamedMatrix> missing = new ArrayList<>(network.parameters());
        missing.remove(4);
        assertMessage("parameter output.by is missing", () -> Network.fromParameters(vocabulary, shape, missing));

        List<NamedMatrix> renamed = new ArrayList<>(network.parameters());
        renamed.set(1, new NamedMatrix("layer0.U", 3, 12, new double[36]));
        assertMessage("parameter 2 should be layer0.Wh, got layer0.U",
                () -> Network.fromParameters(vocabulary, shape, renamed));

        List<NamedMatrix> misshapen = new ArrayList<>(network.parameters());
        misshapen.set(1, new NamedMatrix("layer0.Wh", 4, 9, new double[36]));
        assertMessage("parameter layer0.Wh should be 3x12, got 4x9",
                () -> Network.fromParameters(vocabulary, shape, misshapen));

        List<NamedMatrix> notFinite = new ArrayList<>(network.parameters());
        double[] values = new double[12];
        values[7] = Double.NaN;
        notFinite.set(2, new NamedMatrix("layer0.b", 1, 12, values));
        assertMessage("parameter layer0.b has a non-finite value (NaN) at row 1, column 8",
                () -> Network.fromParameters(vocabulary, shape, notFinite));

        List<NamedMatrix> extra = new ArrayList<>(network.parameters());
        extra.add(new NamedMatrix("layer1.Wx", 1, 1, new double[1]));
        assertMessage("unexpected parameter layer1.Wx: a network of this shape has 5 parameters",
                () -> Network.fromParameters(vocabulary, shape, extra));
    }

    @Test
    void unknownCharactersAreNamed() {
        Network network = Network.create(vocabulary, NetworkShape.lstm(1, 4), 9);
        UnknownSymbolException e = assertThrows(UnknownSymbolException.class, () -> network.trace("aaZb"));
        assertEquals(2, e.position());
        assertEquals('Z', e.symbol());
    }

    @Test
    void impossibleShapesAreRejected() {
        assertMessage("hiddenSize must be between 1 and 512, got 0", () -> NetworkShape.lstm(1, 0));
        assertMessage("hiddenSize must be between 1 and 512, got 100000", () -> NetworkShape.lstm(1, 100000));
        assertMessage("layers must be between 1 and 3, got 9", () -> NetworkShape.lstm(9, 10));
    }

    static void assertMessage(String message, org.junit.jupiter.api.function.Executable executable) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, executable).getMessage());
    }
}
