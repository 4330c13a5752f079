package com.lstmexplorer.model;

import com.lstmexplorer.model.cell.LayerActivations;
import java.util.List;

/**
 * The network after reading {@code symbol}: every layer's activations, and its prediction of the
 * next character ({@code distribution[i]} is the softmax probability of vocabulary symbol i).
 */
public record TraceStep(char symbol, List<LayerActivations> layers, char predicted, double probability,
                        double[] distribution) {
}
