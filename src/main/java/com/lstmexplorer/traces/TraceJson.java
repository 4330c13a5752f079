package com.lstmexplorer.traces;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.lstmexplorer.model.Trace;
import com.lstmexplorer.model.TraceStep;
import com.lstmexplorer.model.cell.LayerActivations;
import com.lstmexplorer.model.cell.LstmCell;
import java.util.List;

/**
 * The trace of docs/api.md: a network's every neuron and gate after each character of one sequence.
 * Numbers are floats rounded to a few decimals, because frames of 50 sequences are sent several
 * times a second and the UI cannot show more precision than that anyway.
 */
public record TraceJson(String sequence, List<Step> steps) {

    /** Decimals kept by default (enough for 4 significant digits on activations in (-1, 1)). */
    public static final int DEFAULT_DECIMALS = 4;

    /** The network after reading {@code char}: one entry per layer, and its guess of the next character. */
    public record Step(@JsonProperty("char") String symbol, List<Layer> layers, Prediction prediction) {
    }

    /** Element n of each array is neuron n of the layer. */
    public record Layer(float[] cell, float[] hidden, float[] input, float[] forget, float[] output,
                        float[] candidate) {
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
        return new Layer(round(a.get(LstmCell.CELL), scale), round(a.get(LstmCell.HIDDEN), scale),
                round(a.get(LstmCell.INPUT), scale), round(a.get(LstmCell.FORGET), scale),
                round(a.get(LstmCell.OUTPUT), scale), round(a.get(LstmCell.CANDIDATE), scale));
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

    /** How many numbers this trace holds (to keep responses within a size limit). */
    public static long valueCount(int characters, int layers, int hiddenSize) {
        return (long) characters * layers * hiddenSize * 6;
    }
}
