package com.lstmexplorer.model.cell;

import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * The whole stack over a packed minibatch: forward through every layer and the readout, the mean
 * cross-entropy, and backward through the readout and each layer from the top down.
 */
public final class BatchPass {
    private final LayerStack stack;
    private final SequencePass[] passes;
    private final LayerInput[] inputs;
    private final Readout.Pass readout;

    BatchPass(LayerStack stack) {
        this.stack = stack;
        List<RecurrentLayer> layers = stack.layers();
        this.passes = new SequencePass[layers.size()];
        this.inputs = new LayerInput[layers.size()];
        for (int l = 0; l < passes.length; l++) {
            passes[l] = layers.get(l).newSequencePass();
        }
        this.readout = stack.readout().new Pass();
    }

    /** Mean cross-entropy per predicted character of {@code batch}. */
    public double loss(PackedBatch batch) {
        LayerInput x = new OneHotInput(batch.inputs(), batch.rows());
        for (int l = 0; l < passes.length; l++) {
            inputs[l] = x;
            passes[l].forward(x, batch);
            x = new DenseInput(passes[l].hidden());
        }
        return readout.forward(passes[passes.length - 1].hidden(), batch.targets());
    }

    /**
     * Mean cross-entropy of {@code batch}; adds its gradient into {@code grads}, one matrix per
     * parameter in {@link LayerStack#parameters()} order (the caller zeroes them between batches).
     */
    public double lossAndGradients(PackedBatch batch, List<DMatrixRMaj> grads) {
        double loss = loss(batch);
        int top = passes.length - 1;
        int from = grads.size() - 2;
        DMatrixRMaj dh = readout.backward(passes[top].hidden(), batch.targets(), grads.subList(from, from + 2));
        for (int l = top; l >= 0; l--) {
            int count = stack.layers().get(l).parameters().size();
            from -= count;
            dh = passes[l].backward(dh, inputs[l], batch, grads.subList(from, from + count));
        }
        return loss;
    }
}
