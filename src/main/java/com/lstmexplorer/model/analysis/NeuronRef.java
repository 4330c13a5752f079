package com.lstmexplorer.model.analysis;

import com.lstmexplorer.model.NetworkShape;

/** Neuron {@code neuron} of layer {@code layer}, both from 0. */
public record NeuronRef(int layer, int neuron) {

    /** @throws IllegalArgumentException naming the layer or neuron the network does not have */
    public void check(NetworkShape shape) {
        if (layer < 0 || layer >= shape.layers()) {
            throw new IllegalArgumentException("layer " + layer + " does not exist; the network has " + shape.layers()
                    + " layer(s), numbered from 0");
        }
        if (neuron < 0 || neuron >= shape.hiddenSize()) {
            throw new IllegalArgumentException("neuron " + neuron + " does not exist in layer " + layer
                    + ", which has " + shape.hiddenSize() + " neurons, numbered from 0");
        }
    }

    /** "neuron 9" in a one-layer network, "layer 1 neuron 4" otherwise. */
    public String name(int layers) {
        return layers == 1 ? "neuron " + neuron : "layer " + layer + " neuron " + neuron;
    }
}
