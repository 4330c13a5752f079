package com.lstmexplorer.networks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.lstmexplorer.traces.TraceJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraceCsvTest {
    private static TraceJson.Layer layer(float base) {
        return new TraceJson.Layer(new float[] {base, base + 1}, new float[] {0.5f, -0.5f}, new float[] {0.25f, 0.75f},
                new float[] {0.9f, 0.1f}, new float[] {1.0E-4f, 1f}, new float[] {-1f, 0f});
    }

    @Test
    void oneRowPerSequenceStepLayerAndNeuronWithTheSixQuantitiesAndThePrediction() {
        var trace = new TraceJson("a,\"b", List.of(
                new TraceJson.Step("a", List.of(layer(0.125f)), new TraceJson.Prediction(",", 0.5f)),
                new TraceJson.Step("\"", List.of(layer(-2f)), new TraceJson.Prediction("\n", 0.875f))));
        String[] lines = TraceCsv.of(List.of(trace)).split("\r\n", -1);

        assertEquals(TraceCsv.HEADER, lines[0]);
        assertEquals(1 + 2 * 2 + 1, lines.length, "header, 2 steps x 2 neurons, empty end");
        assertEquals("0,\"a,\"\"b\",0,a,0,0,0.125,0.5,0.25,0.9,1.0E-4,-1.0,\",\",0.5", lines[1]);
        assertEquals("0,\"a,\"\"b\",0,a,0,1,1.125,-0.5,0.75,0.1,1.0,0.0,\",\",0.5", lines[2]);
        assertEquals("0,\"a,\"\"b\",1,\"\"\"\",0,0,-2.0,0.5,0.25,0.9,1.0E-4,-1.0,\"\n\",0.875", lines[3]);
        assertEquals("", lines[5]);
    }

    @Test
    void sequencesAreNumberedInTheOrderGiven() {
        var step = new TraceJson.Step("a", List.of(layer(0f)), new TraceJson.Prediction("b", 0.5f));
        String csv = TraceCsv.of(List.of(new TraceJson("a", List.of(step)), new TraceJson("a", List.of(step))));
        String[] lines = csv.split("\r\n");
        assertEquals(5, lines.length);
        assertEquals("1,a,0,a,0,1", lines[4].substring(0, 11));
    }
}
