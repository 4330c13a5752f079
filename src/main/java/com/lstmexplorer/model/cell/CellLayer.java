package com.lstmexplorer.model.cell;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;

/**
 * A layer of any registered cell: Wx, Wh and b, then the cell's extra vectors, shaped by its
 * {@link CellSpec}. Parameter names are {@code <name>.Wx}, {@code <name>.Wh}, {@code <name>.b},
 * {@code <name>.<extra>} (part of the snapshot format).
 */
final class CellLayer implements RecurrentLayer {
    private final CellType cell;
    private final String name;
    final DMatrixRMaj Wx;
    final DMatrixRMaj Wh;
    /** b, then the extras. */
    final List<DMatrixRMaj> vectors;

    CellLayer(CellType cell, String name, DMatrixRMaj Wx, DMatrixRMaj Wh, List<DMatrixRMaj> vectors) {
        this.cell = cell;
        this.name = name;
        this.Wx = Wx;
        this.Wh = Wh;
        this.vectors = List.copyOf(vectors);
    }

    /**
     * Weights drawn uniformly from (−1/√H, 1/√H) (PyTorch's default), Wx first then Wh, row by row;
     * vectors 0 except the spec's initial biases (an LSTM's forget gate: memory kept by default).
     */
    static CellLayer initialised(CellType cell, String name, int inputSize, int H, RandomGenerator random) {
        CellSpec spec = cell.spec();
        double k = 1 / Math.sqrt(H);
        int width = spec.width(H);
        DMatrixRMaj Wx = Init.uniform(inputSize, width, k, random);
        DMatrixRMaj Wh = Init.uniform(H, width, k, random);
        List<DMatrixRMaj> vectors = new ArrayList<>();
        DMatrixRMaj b = new DMatrixRMaj(1, width);
        for (CellSpec.InitialBias bias : spec.initialBiases()) {
            int from = spec.blocks().indexOf(bias.block()) * H;
            java.util.Arrays.fill(b.data, from, from + H, bias.value());
        }
        vectors.add(b);
        for (CellSpec.Vector extra : spec.extras()) {
            vectors.add(new DMatrixRMaj(1, extra.blocks().size() * H));
        }
        return new CellLayer(cell, name, Wx, Wh, vectors);
    }

    @Override
    public CellType cell() {
        return cell;
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
        List<Param> out = new ArrayList<>(List.of(new Param(name + ".Wx", Wx), new Param(name + ".Wh", Wh),
                new Param(name + ".b", vectors.get(0))));
        for (int e = 0; e < cell.spec().extras().size(); e++) {
            out.add(new Param(name + "." + cell.spec().extras().get(e).name(), vectors.get(e + 1)));
        }
        return out;
    }

    @Override
    public CellLayer copy() {
        return new CellLayer(cell, name, Wx.copy(), Wh.copy(), vectors.stream().map(DMatrixRMaj::copy).toList());
    }

    /** The cell's step over these vectors; {@code copy} for a pass that keeps the weights of its making. */
    CellStep step(boolean copy) {
        double[][] data = new double[vectors.size()][];
        for (int v = 0; v < data.length; v++) {
            data[v] = copy ? vectors.get(v).data.clone() : vectors.get(v).data;
        }
        return cell.factory().create(hiddenSize(), data);
    }

    @Override
    public SequencePass newSequencePass() {
        return new CellSequencePass(this);
    }

    @Override
    public StepPass newStepPass() {
        return new CellStepPass(this);
    }
}
