package com.lstmexplorer.model.cell;

import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * An LSTM layer over a packed minibatch (see {@link PackedBatch}): forward keeps the gates, c and
 * tanh(c) of every row; backward runs backpropagation through time from the last step to the first.
 * Sequence b's row at step t is r = offset(t) + b and its previous row p = offset(t−1) + b.
 */
final class LstmSequencePass implements SequencePass {
    private final LstmLayer layer;
    private final int H;
    private final int D;
    // the weights as rows (see Kernels), refreshed at each forward / backward
    private double[][] Wx;
    private double[][] Wh;
    private double[][] WxT;
    private double[][] WhT;
    // forward caches, one row per packed row
    private double[][] a;      // N × 4H: x·Wx + h_prev·Wh, then the gates [i f o g]
    private double[][] c;      // N × H
    private double[][] tanhC;  // N × H
    private double[][] h;      // N × H
    // backward
    private double[][] dz;     // N × 4H
    private double[][] dx;     // N × D
    private double[][] dc;     // B × H: dL/dc carried from step t+1 to step t
    private final double[][] dWx;
    private final double[][] dWh;
    private final double[][] db;

    LstmSequencePass(LstmLayer layer) {
        this.layer = layer;
        this.H = layer.hiddenSize();
        this.D = layer.inputSize();
        this.dWx = new double[D][4 * H];
        this.dWh = new double[H][4 * H];
        this.db = new double[1][4 * H];
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
        double[] b = layer.b.data;
        a = Kernels.atLeast(a, N, 4 * H);
        c = Kernels.atLeast(c, N, H);
        tanhC = Kernels.atLeast(tanhC, N, H);
        h = Kernels.atLeast(h, N, H);
        // a = x·Wx
        x.project(Wx, a);
        for (int t = 0; t < batch.steps(); t++) {
            int r0 = batch.offset(t);
            int p0 = t > 0 ? batch.offset(t - 1) : 0;
            if (t > 0) {
                // a += h_prev·Wh   (h_prev = 0 at t = 0)
                Kernels.multAdd(h, p0, Wh, a, r0, batch.active(t));
            }
            for (int k = 0; k < batch.active(t); k++) {
                // gates, c = f ⊙ c_prev + i ⊙ g, h = o ⊙ tanh(c)
                LstmCell.forward(H, b, a[r0 + k], t > 0 ? c[p0 + k] : null, c[r0 + k], tanhC[r0 + k], h[r0 + k]);
            }
        }
    }

    @Override
    public double[][] backward(double[][] dh, LayerInput x, PackedBatch batch, List<DMatrixRMaj> grads) {
        int N = batch.rows();
        WhT = Kernels.transposedRows(layer.Wh, WhT);
        dz = Kernels.atLeast(dz, N, 4 * H);
        dc = Kernels.atLeast(dc, batch.active(0), H);
        for (int t = batch.steps() - 1; t >= 0; t--) {
            int r0 = batch.offset(t);
            int p0 = t > 0 ? batch.offset(t - 1) : 0;
            int goOn = batch.active(t + 1);
            // dh += dz_next·Whᵀ for the sequences that go on to step t+1
            Kernels.multAdd(dz, batch.offset(t + 1), WhT, dh, r0, goOn);
            for (int k = 0; k < batch.active(t); k++) {
                int r = r0 + k;
                LstmCell.backward(H, a[r], tanhC[r], t > 0 ? c[p0 + k] : null, dh[r], k < goOn ? dc[k] : null,
                        dz[r], t > 0 ? dc[k] : null);
            }
            if (t > 0) {
                // dWh += h_prevᵀ·dz
                Kernels.multAddTransA(h, p0, dz, r0, batch.active(t), dWh);
            }
        }
        for (int r = 0; r < N; r++) {
            // db += Σ_rows dz
            Kernels.axpy(1, dz[r], db[0]);
        }
        // dWx += xᵀ·dz,  dx = dz·Wxᵀ
        if (x instanceof DenseInput) {
            WxT = Kernels.transposedRows(layer.Wx, WxT);
            dx = Kernels.atLeast(dx, N, D);
        }
        x.backprop(WxT, dz, dWx, dx);
        Kernels.drainInto(dWx, grads.get(0));
        Kernels.drainInto(dWh, grads.get(1));
        Kernels.drainInto(db, grads.get(2));
        return x instanceof DenseInput ? dx : null;
    }
}
