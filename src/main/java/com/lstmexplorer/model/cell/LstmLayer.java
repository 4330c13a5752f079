package com.lstmexplorer.model.cell;

import java.util.List;
import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;

/**
 * A layer of standard LSTM cells (no peepholes). Row-vector convention, x and h are rows:
 * <pre>
 *   [zi zf zo zg] = x·Wx + h_prev·Wh + b        Wx: input × 4H, Wh: H × 4H, b: 1 × 4H
 *   i = σ(zi)  f = σ(zf)  o = σ(zo)  g = tanh(zg)
 *   c = f ⊙ c_prev + i ⊙ g
 *   h = o ⊙ tanh(c)
 * </pre>
 * The four gates are fused: columns [0, H) of Wx, Wh and b belong to the input gate i, [H, 2H) to the
 * forget gate f, [2H, 3H) to the output gate o, [3H, 4H) to the candidate g. Parameter names are
 * {@code <name>.Wx}, {@code <name>.Wh}, {@code <name>.b}.
 */
public final class LstmLayer implements RecurrentLayer {
    /** Forget-gate bias at initialisation: f starts near σ(1) ≈ 0.73, so memory is kept by default
     *  (Gers et al. 2000; Jozefowicz et al. 2015). */
    public static final double FORGET_BIAS = 1.0;

    private final String name;
    final DMatrixRMaj Wx;
    final DMatrixRMaj Wh;
    final DMatrixRMaj b;

    public LstmLayer(String name, DMatrixRMaj Wx, DMatrixRMaj Wh, DMatrixRMaj b) {
        this.name = name;
        this.Wx = Wx;
        this.Wh = Wh;
        this.b = b;
    }

    /**
     * Weights drawn uniformly from (−1/√H, 1/√H) (PyTorch's nn.LSTM default), Wx first then Wh, row
     * by row; biases 0 except the forget gate's, {@link #FORGET_BIAS}.
     */
    public static LstmLayer initialised(String name, int inputSize, int H, RandomGenerator random) {
        double k = 1 / Math.sqrt(H);
        DMatrixRMaj b = new DMatrixRMaj(1, 4 * H);
        for (int j = H; j < 2 * H; j++) {
            b.data[j] = FORGET_BIAS;
        }
        return new LstmLayer(name, Init.uniform(inputSize, 4 * H, k, random), Init.uniform(H, 4 * H, k, random), b);
    }

    @Override
    public CellType cell() {
        return CellType.LSTM;
    }

    @Override
    public int inputSize() {
        return Wx.numRows;
    }

    @Override
    public int hiddenSize() {
        return Wh.numRows;
    }

    @Override
    public List<Param> parameters() {
        return List.of(new Param(name + ".Wx", Wx), new Param(name + ".Wh", Wh), new Param(name + ".b", b));
    }

    @Override
    public LstmLayer copy() {
        return new LstmLayer(name, Wx.copy(), Wh.copy(), b.copy());
    }

    @Override
    public SequencePass newSequencePass() {
        return new LstmSequencePass(this);
    }

    @Override
    public StepPass newStepPass() {
        return new LstmStepPass(this);
    }
}
