package com.lstmexplorer.runs;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.lstmexplorer.model.NetworkShape;
import com.lstmexplorer.model.cell.CellType;
import com.lstmexplorer.model.task.TaskDefaults;
import com.lstmexplorer.model.train.Stopping;
import com.lstmexplorer.model.train.TrainingConfig;
import java.util.random.RandomGenerator;

/**
 * A run's complete training settings, as reported in the run's {@code config}. Built by
 * {@link #resolve}, which fills what the user left out and rejects what this server will not train.
 * {@code cell}: the recurrent cell's id ("lstm", "gru"; {@link CellType#id()}). {@code stopAtSolve}: end at
 * the first solve rather than learn on until converged ({@link Stopping}).
 */
public record RunConfig(String cell, int layers, int hiddenSize, long seed, double learningRate, int batchSize,
                        int maxSteps, Integer stepsPerSecond, boolean stopAtSolve) {

    /** Largest seed a browser can show exactly (2^53 - 1), so a reported seed can be typed back in. */
    public static final long MAX_SEED = (1L << 53) - 1;

    public NetworkShape shape() {
        return new NetworkShape(CellType.byId(cell), layers, hiddenSize);
    }

    /** The cell's name for captions ("GRU", "peephole LSTM"), reported beside its id. */
    @JsonProperty("cellLabel")
    public String cellLabel() {
        return CellType.byId(cell).spec().label();
    }

    /** The same settings for another cell ({@link CellType#id()}). */
    public RunConfig withCell(CellType other) {
        return new RunConfig(other.id(), layers, hiddenSize, seed, learningRate, batchSize, maxSteps, stepsPerSecond,
                stopAtSolve);
    }

    /** When training ends before {@code maxSteps}: at the first solve, or once converged. */
    public Stopping stopping() {
        return stopAtSolve ? Stopping.AT_FIRST_SOLVE : Stopping.CONVERGED;
    }

    public TrainingConfig training() {
        return new TrainingConfig(learningRate, batchSize, maxSteps, seed, TrainingConfig.DEFAULT_CLIP_NORM);
    }

    /**
     * The request's values, the task's defaults where it gave none, a random seed if it gave none.
     *
     * @throws IllegalArgumentException naming the first field outside what the engine or this server allows
     */
    public static RunConfig resolve(RunRequest request, TaskDefaults defaults, RunSettings settings,
                                    RandomGenerator random) {
        String cell = (request.cell() == null ? CellType.LSTM : CellType.byId(request.cell().strip())).id();
        int layers = within("layers", or(request.layers(), defaults.layers()),
                Math.min(settings.maxLayers(), NetworkShape.MAX_LAYERS), "max-layers");
        int hidden = within("hiddenSize", or(request.hiddenSize(), defaults.hiddenSize()),
                Math.min(settings.maxHiddenSize(), NetworkShape.MAX_HIDDEN), "max-hidden-size");
        int batch = within("batchSize", or(request.batchSize(), defaults.batchSize()),
                Math.min(settings.maxBatchSize(), TrainingConfig.MAX_BATCH), "max-batch-size");
        int steps = within("maxSteps", or(request.maxSteps(), defaults.maxSteps()),
                Math.min(settings.maxSteps(), TrainingConfig.MAX_STEPS), "max-steps");
        long seed = request.seed() != null ? request.seed() : random.nextLong(MAX_SEED);
        if (Math.abs(seed) > MAX_SEED) {
            throw new IllegalArgumentException("seed must be an integer between -" + MAX_SEED + " and " + MAX_SEED
                    + " (so a browser can show it exactly), got " + seed);
        }
        double learningRate = request.learningRate() != null ? request.learningRate() : defaults.learningRate();
        Integer pace = request.stepsPerSecond();
        if (pace != null && pace < settings.minStepsPerSecond()) {
            throw new IllegalArgumentException("stepsPerSecond must be at least " + settings.minStepsPerSecond()
                    + " on this server (setting lstm-explorer.runs.min-steps-per-second), got " + pace
                    + "; leave it out to train at full speed");
        }
        RunConfig config = new RunConfig(cell, layers, hidden, seed, learningRate, batch, steps, pace,
                Boolean.TRUE.equals(request.stopAtSolve()));
        config.shape();    // the engine's own checks, with its messages
        config.training();
        return config;
    }

    private static int or(Integer value, int fallback) {
        return value != null ? value : fallback;
    }

    private static int within(String field, int value, int max, String setting) {
        if (value < 1 || value > max) {
            throw new IllegalArgumentException(field + " must be between 1 and " + max
                    + " on this server (setting lstm-explorer.runs." + setting + "), got " + value);
        }
        return value;
    }
}
