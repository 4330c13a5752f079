package com.lstmexplorer.model.cell;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * An LSTM layer over a packed minibatch (see {@link PackedBatch}): forward keeps the gates, c and
 * tanh(c) of every row; backward runs backpropagation through time from the last step to the first.
 * The input and recurrent weight gradients are one large product each over all rows, after the loop.
 */
final class LstmSequencePass implements SequencePass {
    private final LstmLayer layer;
    private final int H;
    // forward caches, one row per packed row
    private final DMatrixRMaj a = new DMatrixRMaj(1, 1);     // N × 4H: x·Wx, then the gates [i f o g]
    private final DMatrixRMaj c = new DMatrixRMaj(1, 1);     // N × H
    private final DMatrixRMaj tanhC = new DMatrixRMaj(1, 1); // N × H
    private final DMatrixRMaj h = new DMatrixRMaj(1, 1);     // N × H
    private final DMatrixRMaj hPrev = new DMatrixRMaj(1, 1); // N × H: h_prev of each row (0 at t = 0)
    // per-step scratch, B_t rows
    private final DMatrixRMaj hStep = new DMatrixRMaj(1, 1);
    private final DMatrixRMaj zh = new DMatrixRMaj(1, 1);
    // backward
    private final DMatrixRMaj dz = new DMatrixRMaj(1, 1);    // N × 4H
    private final DMatrixRMaj dzStep = new DMatrixRMaj(1, 1);
    private final DMatrixRMaj dhNext = new DMatrixRMaj(1, 1); // B_t × H: dL/dh_prev from step t
    private final DMatrixRMaj dx = new DMatrixRMaj(1, 1);
    private double[] dc = new double[0];                       // B × H: dL/dc carried from step t+1

    LstmSequencePass(LstmLayer layer) {
        this.layer = layer;
        this.H = layer.hiddenSize();
    }

    @Override
    public DMatrixRMaj hidden() {
        return h;
    }

    @Override
    public void forward(LayerInput x, PackedBatch batch) {
        int N = batch.rows();
        // [zi zf zo zg] = x·Wx (+ h_prev·Wh + b below)
        x.project(layer.Wx, a);
        c.reshape(N, H);
        tanhC.reshape(N, H);
        h.reshape(N, H);
        hPrev.reshape(N, H);
        java.util.Arrays.fill(hPrev.data, 0, batch.active(0) * H, 0);
        for (int t = 0; t < batch.steps(); t++) {
            int Bt = batch.active(t);
            int r0 = batch.offset(t);
            int p0 = t > 0 ? batch.offset(t - 1) : 0;
            if (t > 0) {
                // h_prev of the B_t running sequences = the first B_t rows of step t−1
                System.arraycopy(h.data, p0 * H, hPrev.data, r0 * H, Bt * H);
                hStep.reshape(Bt, H);
                System.arraycopy(h.data, p0 * H, hStep.data, 0, Bt * H);
                zh.reshape(Bt, 4 * H);
                // zh = h_prev·Wh
                CommonOps_DDRM.mult(hStep, layer.Wh, zh);
            }
            for (int b = 0; b < Bt; b++) {
                int r = r0 + b;
                LstmCell.forward(H, layer.b.data, a.data, r * 4 * H, t > 0 ? zh.data : null, b * 4 * H,
                        t > 0 ? c.data : null, (p0 + b) * H, a.data, r * 4 * H, c.data, r * H, tanhC.data, h.data, r * H);
            }
        }
    }

    @Override
    public DMatrixRMaj backward(DMatrixRMaj dh, LayerInput x, PackedBatch batch, List<DMatrixRMaj> grads) {
        int N = batch.rows();
        dz.reshape(N, 4 * H);
        if (dc.length < batch.active(0) * H) {
            dc = new double[batch.active(0) * H];
        }
        for (int t = batch.steps() - 1; t >= 0; t--) {
            int Bt = batch.active(t);
            int Bn = batch.active(t + 1);
            int r0 = batch.offset(t);
            int p0 = t > 0 ? batch.offset(t - 1) : 0;
            // dh_t += dL/dh_t through step t+1 (only the Bn sequences that go on)
            for (int k = 0; k < Bn * H; k++) {
                dh.data[r0 * H + k] += dhNext.data[k];
            }
            for (int b = 0; b < Bt; b++) {
                int r = r0 + b;
                LstmCell.backward(H, a.data, r * 4 * H, tanhC.data, r * H, t > 0 ? c.data : null, (p0 + b) * H,
                        dh.data, r * H, b < Bn ? dc : null, b * H, dz.data, r * 4 * H, t > 0 ? dc : null);
            }
            if (t > 0) {
                dzStep.reshape(Bt, 4 * H);
                System.arraycopy(dz.data, r0 * 4 * H, dzStep.data, 0, Bt * 4 * H);
                dhNext.reshape(Bt, H);
                // dh_prev = dz·Whᵀ
                CommonOps_DDRM.multTransB(dzStep, layer.Wh, dhNext);
            }
        }
        // dWh += h_prevᵀ·dz   (over every row at once)
        CommonOps_DDRM.multAddTransA(hPrev, dz, grads.get(1));
        // db += Σ_rows dz
        double[] db = grads.get(2).data;
        for (int r = 0; r < N; r++) {
            for (int k = 0; k < 4 * H; k++) {
                db[k] += dz.data[r * 4 * H + k];
            }
        }
        // dWx += xᵀ·dz,  dx = dz·Wxᵀ
        return x.backprop(layer.Wx, dz, grads.get(0), dx);
    }
}
