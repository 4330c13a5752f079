package com.lstmexplorer.traces;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.lstmexplorer.model.NetworkShape;
import com.lstmexplorer.model.Trace;
import com.lstmexplorer.model.TraceStep;
import com.lstmexplorer.model.cell.LayerActivations;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trace of docs/api.md: every quantity its cell records of every neuron after each character of one sequence.
 * Numbers are floats rounded to a few decimals, because frames of 50 sequences are sent several
 * times a second and the UI cannot show more precision than that anyway.
 */
public record TraceJson(String sequence, List<Step> steps) {

    /** Decimals kept by default (enough for 4 significant digits on activations in (-1, 1)). */
    public static final int DEFAULT_DECIMALS = 4;

    /** The network after reading {@code char}: one entry per layer, and its guess of the next character. */
    public record Step(@JsonProperty("char") String symbol, List<Layer> layers, Prediction prediction) {
    }

    /**
     * Quantity id → one number per neuron (element n is neuron n), in the order of the cell's spec; written
     * as that JSON object, e.g. an LSTM's {@code {"cell": [...], "hidden": [...], "input": [...], ...}}.
     */
    public record Layer(@JsonValue Map<String, float[]> values) {
        public Layer {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        /** The numbers of quantity {@code id}, or null when this layer has none by that id. */
        public float[] get(String id) {
            return values.get(id);
        }
    }

    /** The most likely next character and its softmax probability. */
    public record Prediction(@JsonProperty("char") String symbol, float probability) {
    }

    public static TraceJson of(Trace trace) {
        return of(trace, DEFAULT_DECIMALS);
    }

    /** The JSON form of {@code trace}, every number rounded to {@code decimals} places. */
    public static TraceJson of(Trace trace, int decimals) {
        double scale = Math.pow(10, decimals);
        List<Step> steps = trace.steps().stream().map(step -> step(step, scale)).toList();
        return new TraceJson(trace.sequence(), steps);
    }

    private static Step step(TraceStep step, double scale) {
        List<Layer> layers = step.layers().stream().map(layer -> layer(layer, scale)).toList();
        Prediction prediction = new Prediction(String.valueOf(step.predicted()), round(step.probability(), scale));
        return new Step(String.valueOf(step.symbol()), layers, prediction);
    }

    private static Layer layer(LayerActivations a, double scale) {
        Map<String, float[]> values = new LinkedHashMap<>();
        for (int q = 0; q < a.spec().quantities().size(); q++) {
            values.put(a.spec().quantities().get(q).id(), round(a.get(q), scale));
        }
        return new Layer(values);
    }

    private static float[] round(double[] values, double scale) {
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = round(values[i], scale);
        }
        return out;
    }

    /**
     * Rounds to the nearest multiple of 1/scale; a float keeps the short decimal form ("0.1234") in JSON.
     * A non-finite value (a diverged network) is kept as it is rather than disguised as a number.
     */
    private static float round(double value, double scale) {
        return Double.isFinite(value) ? (float) (Math.round(value * scale) / scale) : (float) value;
    }

    /** How many numbers the traces of {@code characters} characters hold (to keep responses within a size limit). */
    public static long valueCount(int characters, NetworkShape shape) {
        return (long) characters * shape.layers() * shape.hiddenSize() * shape.cell().spec().quantities().size();
    }
}
