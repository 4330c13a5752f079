package com.lstmexplorer.model.analysis;

import com.lstmexplorer.model.cell.Quantity;

/**
 * One neuron as the analysis sees it, ranked by what ablating it costs ({@code rank} 1 is the costliest:
 * lowest accuracy with it zeroed, then highest loss). {@code quantity} is the quantity its {@code label}
 * describes: its best latent variable (by |r| over its quantities) when |r| ≥ {@link #LATENT_R}, else its
 * best character grouping (by η). {@code latent}, {@code r}, {@code slope} are its best latent fit
 * whatever its size (null without latents); {@code eta}, {@code by}, {@code high}, {@code low} its best
 * character label.
 */
public record NeuronSummary(int rank, int layer, int neuron, Quantity quantity, String label, String latent, Double r,
                            Double slope, double eta, String by, char high, char low, double ablatedAccuracy,
                            double ablatedLoss) {
    /** The smallest |r| that names a neuron after a latent variable rather than after characters. */
    public static final double LATENT_R = 0.5;

    public NeuronRef ref() {
        return new NeuronRef(layer, neuron);
    }
}
