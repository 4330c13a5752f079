package com.lstmexplorer.model.analysis;

import com.lstmexplorer.model.cell.Quantity;

/** Where a first look should open: a neuron's quantity on the probe sequence where it moves the most. */
public record Focus(int layer, int neuron, Quantity quantity, String sequence) {
}
