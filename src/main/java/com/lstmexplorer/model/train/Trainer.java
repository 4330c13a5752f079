package com.lstmexplorer.model.train;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.Vocabulary;
import com.lstmexplorer.model.cell.BatchPass;
import com.lstmexplorer.model.cell.PackedBatch;
import com.lstmexplorer.model.cell.Param;
import com.lstmexplorer.model.task.SequenceSampler;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/**
 * Trains a network in place, one minibatch per {@link #step()}: full backpropagation through time,
 * cross-entropy at every step (the target after the last character is the end marker), gradients
 * clipped to a global norm of {@link TrainingConfig#clipNorm()}, then one Adam update.
 *
 * <p>Deterministic: sequences are drawn from a {@link SplittableRandom} seeded with the config's seed
 * and all arithmetic runs in a fixed order on the calling thread, so the same network, config and
 * sampler give bit-identical weights.
 */
public final class Trainer {
    private final Network network;
    private final TrainingConfig config;
    private final SequenceSampler sampler;
    private final SplittableRandom random;
    private final List<DMatrixRMaj> grads = new ArrayList<>();
    private final Adam adam;
    private final BatchPass pass;
    private final PackedBatch batch = new PackedBatch();
    private final int[][] encoded;
    private int steps;

    /** Trains {@code network} (mutated in place) on sequences drawn from {@code sampler}. */
    public Trainer(Network network, TrainingConfig config, SequenceSampler sampler) {
        this.network = network;
        this.config = config;
        this.sampler = sampler;
        this.random = new SplittableRandom(config.seed());
        List<Param> params = network.stack().parameters();
        for (Param p : params) {
            grads.add(new DMatrixRMaj(p.value().numRows, p.value().numCols));
        }
        this.adam = new Adam(params, config.learningRate());
        this.pass = network.stack().newBatchPass();
        this.encoded = new int[config.batchSize()][];
    }

    /** One Adam update on a fresh minibatch; returns its mean cross-entropy per predicted character. */
    public double step() {
        Vocabulary vocabulary = network.vocabulary();
        for (int b = 0; b < encoded.length; b++) {
            encoded[b] = vocabulary.encode(sampler.next(random));
        }
        batch.pack(encoded, encoded.length, vocabulary.indexOf(Vocabulary.END));
        for (DMatrixRMaj g : grads) {
            java.util.Arrays.fill(g.data, 0);
        }
        double loss = pass.lossAndGradients(batch, grads);
        clipToGlobalNorm(grads, config.clipNorm());
        adam.update(grads);
        steps++;
        return loss;
    }

    /** dθ *= clip / ‖dθ‖ when the norm of all gradients together exceeds {@code clip}. */
    static void clipToGlobalNorm(List<DMatrixRMaj> grads, double clip) {
        double squares = 0;
        for (DMatrixRMaj g : grads) {
            for (double d : g.data) {
                squares += d * d;
            }
        }
        double norm = Math.sqrt(squares);
        if (norm > clip) {
            double scale = clip / norm;
            for (DMatrixRMaj g : grads) {
                for (int j = 0; j < g.data.length; j++) {
                    g.data[j] *= scale;
                }
            }
        }
    }

    /** Updates done so far. */
    public int steps() {
        return steps;
    }

    public Network network() {
        return network;
    }
}
