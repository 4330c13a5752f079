package com.lstmexplorer.model.cell;

import java.util.Arrays;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * A layer over a packed minibatch (see {@link PackedBatch}), for any cell: forward keeps a, s and h of
 * every row (see {@link CellStep}); backward runs backpropagation through time from the last step to
 * the first. Sequence b's row at step t is r = offset(t) + b and its previous row p = offset(t−1) + b.
 */
final class CellSequencePass implements SequencePass {
    private final CellLayer layer;
    private final CellStep cell;
    private final int H;
    private final int D;
    private final int G;  // columns of Wx, Wh, b
    private final int S;
    // the weights as rows (see Kernels), refreshed at each forward / backward
    private double[][] Wx;
    private double[][] Wh;
    private double[][] WxT;
    private double[][] WhT;
    // forward caches, one row per packed row
    private double[][] a;   // N × G: x·Wx (+ h_prev·Wh when summed), then what the cell keeps
    private double[][] zh;  // N × G: h_prev·Wh, when not summed
    private double[][] s;   // N × S
    private double[][] h;   // N × H
    // backward
    private double[][] dzx;  // N × G
    private double[][] dzh;  // N × G: dzx itself when summed
    private double[][] dx;   // N × D
    private double[][] ds;   // B × S: dL/ds carried from step t+1 to step t
    private final double[][] dWx;
    private final double[][] dWh;
    private final double[][] db;
    private final double[][] dExtras;

    CellSequencePass(CellLayer layer) {
        this.layer = layer;
        this.cell = layer.step(false);
        this.H = layer.hiddenSize();
        this.D = layer.inputSize();
        this.G = layer.Wh.numCols;
        this.S = cell.stateWidth();
        this.dWx = new double[D][G];
        this.dWh = new double[H][G];
        this.db = new double[1][G];
        this.dExtras = new double[layer.vectors.size() - 1][];
        for (int e = 0; e < dExtras.length; e++) {
            dExtras[e] = new double[layer.vectors.get(e + 1).numCols];
        }
    }

    @Override
    public double[][] hidden() {
        return h;
    }

    @Override
    public void forward(LayerInput x, PackedBatch batch) {
        int N = batch.rows();
        Wx = Kernels.rows(layer.Wx, Wx);
        Wh = Kernels.rows(layer.Wh, Wh);
        a = Kernels.atLeast(a, N, G);
        zh = cell.summed() ? a : Kernels.atLeast(zh, N, G);
        s = Kernels.atLeast(s, N, S);
        h = Kernels.atLeast(h, N, H);
        // a = x·Wx
        x.project(Wx, a);
        for (int t = 0; t < batch.steps(); t++) {
            int r0 = batch.offset(t);
            int p0 = t > 0 ? batch.offset(t - 1) : 0;
            if (!cell.summed()) {
                for (int k = 0; k < batch.active(t); k++) {
                    Arrays.fill(zh[r0 + k], 0);
                }
            }
            if (t > 0) {
                // a += h_prev·Wh, or zh = h_prev·Wh   (h_prev = 0 at t = 0)
                Kernels.multAdd(h, p0, Wh, zh, r0, batch.active(t));
            }
            for (int k = 0; k < batch.active(t); k++) {
                int r = r0 + k;
                cell.forward(a[r], cell.summed() ? null : zh[r], t > 0 ? s[p0 + k] : null, t > 0 ? h[p0 + k] : null,
                        s[r], h[r]);
            }
        }
    }

    @Override
    public double[][] backward(double[][] dh, LayerInput x, PackedBatch batch, List<DMatrixRMaj> grads) {
        int N = batch.rows();
        WhT = Kernels.transposedRows(layer.Wh, WhT);
        dzx = Kernels.atLeast(dzx, N, G);
        dzh = cell.summed() ? dzx : Kernels.atLeast(dzh, N, G);
        ds = Kernels.atLeast(ds, batch.active(0), S);
        for (int t = batch.steps() - 1; t >= 0; t--) {
            int r0 = batch.offset(t);
            int p0 = t > 0 ? batch.offset(t - 1) : 0;
            int goOn = batch.active(t + 1);
            // dh += dzh_next·Whᵀ for the sequences that go on to step t+1
            Kernels.multAdd(dzh, batch.offset(t + 1), WhT, dh, r0, goOn);
            for (int k = 0; k < batch.active(t); k++) {
                int r = r0 + k;
                boolean first = t == 0;
                cell.backward(a[r], s[r], first ? null : s[p0 + k], first ? null : h[p0 + k], dh[r],
                        k < goOn ? ds[k] : null, dzx[r], cell.summed() ? null : dzh[r], first ? null : ds[k],
                        first ? null : dh[p0 + k], dExtras);
            }
            if (t > 0) {
                // dWh += h_prevᵀ·dzh
                Kernels.multAddTransA(h, p0, dzh, r0, batch.active(t), dWh);
            }
        }
        for (int r = 0; r < N; r++) {
            // db += Σ_rows dzx
            Kernels.axpy(1, dzx[r], db[0]);
        }
        // dWx += xᵀ·dzx,  dx = dzx·Wxᵀ
        if (x instanceof DenseInput) {
            WxT = Kernels.transposedRows(layer.Wx, WxT);
            dx = Kernels.atLeast(dx, N, D);
        }
        x.backprop(WxT, dzx, dWx, dx);
        Kernels.drainInto(dWx, grads.get(0));
        Kernels.drainInto(dWh, grads.get(1));
        Kernels.drainInto(db, grads.get(2));
        for (int e = 0; e < dExtras.length; e++) {
            Kernels.drainInto(new double[][] {dExtras[e]}, grads.get(3 + e));
        }
        return x instanceof DenseInput ? dx : null;
    }
}
