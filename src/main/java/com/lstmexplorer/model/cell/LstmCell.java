package com.lstmexplorer.model.cell;

/**
 * The LSTM equations for one sequence at one step, forward and backward side by side. H neurons;
 * gate vectors are fused in the order [i | f | o | g], each H wide, in pre-activations z, activations
 * a and their gradients dz. Arrays are addressed by offset so that the passes can point into their
 * packed buffers without copying.
 */
final class LstmCell {
    private LstmCell() {
    }

    /**
     * Forward. {@code z} holds x·Wx (+ h_prev·Wh when {@code zh} is null) at {@code zo}; {@code zh},
     * when given, holds h_prev·Wh. {@code cPrev} null means c_prev = 0. {@code a} may alias {@code z}
     * and {@code c} may alias {@code cPrev}: each neuron reads before it writes.
     */
    static void forward(int H, double[] bias, double[] z, int zo, double[] zh, int zho, double[] cPrev, int cpo,
                        double[] a, int ao, double[] c, int co, double[] tanhC, double[] h, int ho) {
        for (int j = 0; j < H; j++) {
            double zi = z[zo + j] + bias[j];
            double zf = z[zo + H + j] + bias[H + j];
            double zo_ = z[zo + 2 * H + j] + bias[2 * H + j];
            double zg = z[zo + 3 * H + j] + bias[3 * H + j];
            if (zh != null) {
                zi += zh[zho + j];
                zf += zh[zho + H + j];
                zo_ += zh[zho + 2 * H + j];
                zg += zh[zho + 3 * H + j];
            }
            // i = σ(x·Wi + h_prev·Ui + bi), f = σ(… + bf), o = σ(… + bo), g = tanh(… + bg)
            double i = sigmoid(zi);
            double f = sigmoid(zf);
            double o = sigmoid(zo_);
            double g = Math.tanh(zg);
            // c = f ⊙ c_prev + i ⊙ g
            double cj = f * (cPrev == null ? 0 : cPrev[cpo + j]) + i * g;
            // h = o ⊙ tanh(c)
            double tc = Math.tanh(cj);
            a[ao + j] = i;
            a[ao + H + j] = f;
            a[ao + 2 * H + j] = o;
            a[ao + 3 * H + j] = g;
            c[co + j] = cj;
            tanhC[co + j] = tc;
            h[ho + j] = o * tc;
        }
    }

    /**
     * Backward through the same step. {@code dh} = dL/dh_t (from above and from step t+1 already summed),
     * {@code dc} = dL/dc_t arriving from step t+1 (null means 0); writes dz = dL/d[zi zf zo zg] and
     * overwrites {@code dc} with dL/dc_prev for step t-1 (when {@code dcPrevOut} is not null).
     */
    static void backward(int H, double[] a, int ao, double[] tanhC, int co, double[] cPrev, int cpo,
                         double[] dh, int dho, double[] dc, int dco, double[] dz, int dzo, double[] dcPrevOut) {
        for (int j = 0; j < H; j++) {
            double i = a[ao + j];
            double f = a[ao + H + j];
            double o = a[ao + 2 * H + j];
            double g = a[ao + 3 * H + j];
            double tc = tanhC[co + j];
            double dhj = dh[dho + j];
            // h = o ⊙ tanh(c)  ⇒  do = dh ⊙ tanh(c),  dc += dh ⊙ o ⊙ (1 − tanh²(c))
            double dcj = dhj * o * (1 - tc * tc) + (dc == null ? 0 : dc[dco + j]);
            double dO = dhj * tc;
            // c = f ⊙ c_prev + i ⊙ g  ⇒  di = dc ⊙ g,  df = dc ⊙ c_prev,  dg = dc ⊙ i,  dc_prev = dc ⊙ f
            double cp = cPrev == null ? 0 : cPrev[cpo + j];
            double dI = dcj * g;
            double dF = dcj * cp;
            double dG = dcj * i;
            // through σ' = σ(1 − σ) and tanh' = 1 − tanh²
            dz[dzo + j] = dI * i * (1 - i);
            dz[dzo + H + j] = dF * f * (1 - f);
            dz[dzo + 2 * H + j] = dO * o * (1 - o);
            dz[dzo + 3 * H + j] = dG * (1 - g * g);
            if (dcPrevOut != null) {
                dcPrevOut[dco + j] = dcj * f;
            }
        }
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
