package com.lstmexplorer.model.analysis;

import com.lstmexplorer.model.cell.Quantity;

/**
 * How well one latent variable explains one neuron's quantity over the probe set: Pearson's r and the
 * fit quantity ≈ slope·latent + intercept (slope: change of the quantity per unit of the latent).
 */
public record Label(int layer, int neuron, Quantity quantity, String latent, double r, double slope,
                    double intercept) {
}
