package com.lstmexplorer.model.cell;

import com.lstmexplorer.model.LayerActivations;
import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/** An LSTM layer reading one sequence, one input row per {@link #step}. */
final class LstmStepPass implements StepPass {
    private final LstmLayer layer;
    private final int H;
    private final DMatrixRMaj z;      // 1 × 4H: pre-activations, then the gates [i f o g]
    private final DMatrixRMaj h;      // 1 × H
    private final double[] c;
    private final double[] tanhC;
    private boolean started;

    LstmStepPass(LstmLayer layer) {
        this.layer = layer;
        this.H = layer.hiddenSize();
        this.z = new DMatrixRMaj(1, 4 * H);
        this.h = new DMatrixRMaj(1, H);
        this.c = new double[H];
        this.tanhC = new double[H];
    }

    @Override
    public void reset() {
        Arrays.fill(h.data, 0);
        Arrays.fill(c, 0);
        started = false;
    }

    @Override
    public DMatrixRMaj step(LayerInput x) {
        // z = x·Wx
        x.project(layer.Wx, z);
        if (started) {
            // z += h_prev·Wh   (skipped at the first step, where h_prev = 0)
            CommonOps_DDRM.multAdd(h, layer.Wh, z);
        }
        // gates, c = f ⊙ c_prev + i ⊙ g, h = o ⊙ tanh(c), in place
        LstmCell.forward(H, layer.b.data, z.data, 0, null, 0, started ? c : null, 0, z.data, 0, c, 0, tanhC, h.data, 0);
        started = true;
        return h;
    }

    @Override
    public LayerActivations activations() {
        double[] a = z.data;
        return new LayerActivations(c.clone(), Arrays.copyOf(h.data, H), Arrays.copyOfRange(a, 0, H),
                Arrays.copyOfRange(a, H, 2 * H), Arrays.copyOfRange(a, 2 * H, 3 * H), Arrays.copyOfRange(a, 3 * H, 4 * H));
    }
}
