package com.lstmexplorer.networks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.NetworkShape;
import com.lstmexplorer.model.Vocabulary;
import com.lstmexplorer.model.cell.CellType;
import com.lstmexplorer.traces.QuantityDescription;
import com.lstmexplorer.traces.TraceJson;
import com.lstmexplorer.traces.TracesResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TraceCsvTest {
    private static final List<QuantityDescription> LSTM = QuantityDescription.of(CellType.LSTM.spec());

    private static TraceJson.Layer layer(float base) {
        Map<String, float[]> values = new LinkedHashMap<>();
        values.put("cell", new float[] {base, base + 1});
        values.put("hidden", new float[] {0.5f, -0.5f});
        values.put("input", new float[] {0.25f, 0.75f});
        values.put("forget", new float[] {0.9f, 0.1f});
        values.put("output", new float[] {1.0E-4f, 1f});
        values.put("candidate", new float[] {-1f, 0f});
        return new TraceJson.Layer(values);
    }

    private static String csv(TraceJson... traces) {
        return TraceCsv.of(new TracesResponse(LSTM, List.of(traces)));
    }

    @Test
    void oneRowPerSequenceStepLayerAndNeuronWithTheSixQuantitiesAndThePrediction() {
        var trace = new TraceJson("a,\"b", List.of(
                new TraceJson.Step("a", List.of(layer(0.125f)), new TraceJson.Prediction(",", 0.5f)),
                new TraceJson.Step("\"", List.of(layer(-2f)), new TraceJson.Prediction("\n", 0.875f))));
        String[] lines = csv(trace).split("\r\n", -1);

        assertEquals("sequence_index,sequence,step,char,layer,neuron,"
                + "cell,hidden,input,forget,output,candidate,predicted,probability", lines[0]);
        assertEquals(1 + 2 * 2 + 1, lines.length, "header, 2 steps x 2 neurons, empty end");
        assertEquals("0,\"a,\"\"b\",0,a,0,0,0.125,0.5,0.25,0.9,1.0E-4,-1.0,\",\",0.5", lines[1]);
        assertEquals("0,\"a,\"\"b\",0,a,0,1,1.125,-0.5,0.75,0.1,1.0,0.0,\",\",0.5", lines[2]);
        assertEquals("0,\"a,\"\"b\",1,\"\"\"\",0,0,-2.0,0.5,0.25,0.9,1.0E-4,-1.0,\"\n\",0.875", lines[3]);
        assertEquals("", lines[5]);
    }

    @Test
    void sequencesAreNumberedInTheOrderGiven() {
        var step = new TraceJson.Step("a", List.of(layer(0f)), new TraceJson.Prediction("b", 0.5f));
        String[] lines = csv(new TraceJson("a", List.of(step)), new TraceJson("a", List.of(step))).split("\r\n");
        assertEquals(5, lines.length);
        assertEquals("1,a,0,a,0,1", lines[4].substring(0, 11));
    }

    @Test
    void aGrusColumnsAreItsOwnQuantities() {
        Network gru = Network.create(Vocabulary.of("ab\n"), new NetworkShape(CellType.GRU, 1, 2), 3);
        TraceJson trace = TraceJson.of(gru.trace("ab"));
        String[] lines = TraceCsv.of(new TracesResponse(QuantityDescription.of(CellType.GRU.spec()), List.of(trace)))
                .split("\r\n");

        assertEquals("sequence_index,sequence,step,char,layer,neuron,hidden,update,reset,candidate,predicted,probability",
                lines[0]);
        assertEquals(1 + 2 * 2, lines.length);
        String[] row = lines[4].split(",");
        TraceJson.Layer layer = trace.steps().get(1).layers().get(0);
        assertEquals(List.of(layer.get("hidden")[1], layer.get("update")[1], layer.get("reset")[1], layer.get("candidate")[1]),
                List.of(Float.parseFloat(row[6]), Float.parseFloat(row[7]), Float.parseFloat(row[8]), Float.parseFloat(row[9])));
    }
}
