package com.lstmexplorer.model.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lstmexplorer.model.cell.CellType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Backpropagation through time against centred finite differences, for every entry of every
 * parameter of every cell's networks of one and two layers, on a minibatch of sequences of different lengths (so the packing
 * that stands in for the mask is exercised at every step).
 *
 * <p>The differences are the fourth-order centred stencil
 * dL/dθ ≈ (8·(L(θ+ε) − L(θ−ε)) − (L(θ+2ε) − L(θ−2ε))) / 12ε. The plain two-point one, (L(θ+ε) − L(θ−ε)) / 2ε,
 * carries about 1e-11 of rounding and truncation error whatever ε, which is more than 1e-6 of the
 * smallest gradients here (≈ 4e-7); the fourth-order stencil brings that down to ≈ 1e-13.
 */
class GradientCheckTest {
    private static final double EPSILON = 2e-3;
    private static final int V = 5;
    private static final double FLOOR = 1e-6;

    @Test
    void everyParameterOfATwoLayerNetworkMatchesCentredDifferences() {
        Check check = check(CellType.LSTM, 2);
        // layer0: Wx 5×16, Wh 4×16, b 16; layer1: Wx 4×16, Wh 4×16, b 16; output: Wy 4×5, by 5
        assertEquals(80 + 64 + 16 + 64 + 64 + 16 + 20 + 5, check.checked());
        assertTrue(check.worst() < 1e-6, "worst relative error " + check.worst() + " at " + check.worstAt());
    }

    @ParameterizedTest(name = "{0}, {1} layer(s)")
    @MethodSource("cellsAndDepths")
    void everyParameterOfEveryCellMatchesCentredDifferences(CellType cell, int layers) {
        Check check = check(cell, layers);
        int H = 4;
        int width = cell.spec().width(H);
        int extras = cell.spec().extras().stream().mapToInt(e -> e.blocks().size() * H).sum();
        int perLayer = width * H + width + extras;  // Wh, b, extras
        assertEquals(V * width + perLayer + (layers - 1) * (H * width + perLayer) + H * V + V, check.checked());
        assertTrue(check.worstFloored() < 1e-6, cell + ": worst error " + check.worstFloored() + " at "
                + check.worstFlooredAt());
    }

    static Stream<Arguments> cellsAndDepths() {
        return Arrays.stream(CellType.values()).flatMap(cell -> Stream.of(Arguments.of(cell, 1), Arguments.of(cell, 2)));
    }

    /**
     * {@code worst}: the largest |analytic − numeric| / max(|analytic|, |numeric|). {@code worstFloored}: the
     * same with the denominator at least {@link #FLOOR}, so that an entry whose gradient is near 0 is judged
     * by its absolute error (below 1e-12, ten times the stencil's rounding, is a match) rather than by a
     * relative one that rounding alone can push past 1e-6 (a peephole's 2-layer Wh entry of −9.65e-8 differs
     * by 1.4e-13).
     */
    private record Check(int checked, double worst, String worstAt, double worstFloored, String worstFlooredAt) {
    }

    private static Check check(CellType cell, int layers) {
        LayerStack stack = LayerStack.initialised(cell, layers, 4, V, new SplittableRandom(11));
        // larger weights than the initialisation, so that no gate sits in a flat region by accident
        SplittableRandom random = new SplittableRandom(5);
        for (Param p : stack.parameters()) {
            for (int j = 0; j < p.value().data.length; j++) {
                p.value().data[j] = random.nextDouble(-0.8, 0.8);
            }
        }
        PackedBatch batch = new PackedBatch();
        int[][] sequences = {{0, 1, 2}, {3}, {1, 1, 0, 2, 3, 0}, {2, 0, 1, 3}, {4, 3, 2, 1, 0, 4}, {0, 0}};
        batch.pack(sequences, sequences.length, 4);
        assertEquals(6, batch.steps());
        assertEquals(22, batch.rows());

        BatchPass pass = stack.newBatchPass();
        List<DMatrixRMaj> grads = new ArrayList<>();
        for (Param p : stack.parameters()) {
            grads.add(new DMatrixRMaj(p.value().numRows, p.value().numCols));
        }
        pass.lossAndGradients(batch, grads);

        int checked = 0;
        double worst = 0;
        String worstAt = "";
        double worstFloored = 0;
        String worstFlooredAt = "";
        List<Param> params = stack.parameters();
        for (int k = 0; k < params.size(); k++) {
            double[] theta = params.get(k).value().data;
            for (int j = 0; j < theta.length; j++) {
                double saved = theta[j];
                theta[j] = saved + EPSILON;
                double plus = pass.loss(batch);
                theta[j] = saved - EPSILON;
                double minus = pass.loss(batch);
                theta[j] = saved + 2 * EPSILON;
                double plus2 = pass.loss(batch);
                theta[j] = saved - 2 * EPSILON;
                double minus2 = pass.loss(batch);
                theta[j] = saved;
                double numeric = (8 * (plus - minus) - (plus2 - minus2)) / (12 * EPSILON);
                double analytic = grads.get(k).data[j];
                double scale = Math.max(Math.abs(analytic), Math.abs(numeric));
                double relative = scale == 0 ? 0 : Math.abs(analytic - numeric) / scale;
                String at = params.get(k).name() + "[" + j + "] analytic " + analytic + " numeric " + numeric;
                if (relative > worst) {
                    worst = relative;
                    worstAt = at;
                }
                double floored = Math.abs(analytic - numeric) / Math.max(scale, FLOOR);
                if (floored > worstFloored) {
                    worstFloored = floored;
                    worstFlooredAt = at;
                }
                checked++;
            }
        }
        return new Check(checked, worst, worstAt, worstFloored, worstFlooredAt);
    }
}
