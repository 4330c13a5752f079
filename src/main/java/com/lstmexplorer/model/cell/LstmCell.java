package com.lstmexplorer.model.cell;

/**
 * The LSTM equations for one sequence at one step, forward and backward side by side, for H neurons.
 * Gate vectors are fused in the order [i | f | o | g], each H wide: pre-activations z, activations a
 * and their gradients dz.
 */
final class LstmCell {
    private LstmCell() {
    }

    /**
     * Forward. On entry {@code a} holds z = x·Wx + h_prev·Wh (without b); on exit the gates [i f o g].
     * {@code cPrev} null means c_prev = 0; {@code c} may be {@code cPrev} (each neuron reads, then writes).
     */
    static void forward(int H, double[] b, double[] a, double[] cPrev, double[] c, double[] tanhC, double[] h) {
        for (int j = 0; j < H; j++) {
            // i = σ(x·Wi + h_prev·Ui + bi),  f = σ(… + bf),  o = σ(… + bo),  g = tanh(… + bg)
            double i = sigmoid(a[j] + b[j]);
            double f = sigmoid(a[H + j] + b[H + j]);
            double o = sigmoid(a[2 * H + j] + b[2 * H + j]);
            double g = tanh(a[3 * H + j] + b[3 * H + j]);
            // c = f ⊙ c_prev + i ⊙ g
            double cj = f * (cPrev == null ? 0 : cPrev[j]) + i * g;
            // h = o ⊙ tanh(c)
            double tc = tanh(cj);
            a[j] = i;
            a[H + j] = f;
            a[2 * H + j] = o;
            a[3 * H + j] = g;
            c[j] = cj;
            tanhC[j] = tc;
            h[j] = o * tc;
        }
    }

    /**
     * Backward through the same step. {@code dh} = dL/dh (from above and from step t+1, summed);
     * {@code dc} = dL/dc arriving from step t+1 (null means 0). Writes dz = dL/d[zi zf zo zg] and,
     * when {@code dcPrev} is given (it may be {@code dc}), dL/dc_prev for step t−1.
     */
    static void backward(int H, double[] a, double[] tanhC, double[] cPrev, double[] dh, double[] dc,
                         double[] dz, double[] dcPrev) {
        for (int j = 0; j < H; j++) {
            double i = a[j];
            double f = a[H + j];
            double o = a[2 * H + j];
            double g = a[3 * H + j];
            double tc = tanhC[j];
            // h = o ⊙ tanh(c)  ⇒  do = dh ⊙ tanh(c),  dc += dh ⊙ o ⊙ (1 − tanh²(c))
            double dO = dh[j] * tc;
            double dcj = dh[j] * o * (1 - tc * tc) + (dc == null ? 0 : dc[j]);
            // c = f ⊙ c_prev + i ⊙ g  ⇒  di = dc ⊙ g,  df = dc ⊙ c_prev,  dg = dc ⊙ i,  dc_prev = dc ⊙ f
            double dI = dcj * g;
            double dF = dcj * (cPrev == null ? 0 : cPrev[j]);
            double dG = dcj * i;
            // through σ' = σ(1 − σ) and tanh' = 1 − tanh²
            dz[j] = dI * i * (1 - i);
            dz[H + j] = dF * f * (1 - f);
            dz[2 * H + j] = dO * o * (1 - o);
            dz[3 * H + j] = dG * (1 - g * g);
            if (dcPrev != null) {
                dcPrev[j] = dcj * f;
            }
        }
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * tanh(z) = 1 − 2 / (e^{2z} + 1). Java 17's Math.tanh is not intrinsified (≈16 ns here) while
     * Math.exp is (≈4.5 ns); this form is within 4e-16 of Math.tanh and saturates to ±1 exactly.
     */
    static double tanh(double z) {
        return 1 - 2 / (Math.exp(2 * z) + 1);
    }
}
