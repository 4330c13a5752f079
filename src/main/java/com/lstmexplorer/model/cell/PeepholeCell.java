package com.lstmexplorer.model.cell;

import java.util.List;

/**
 * The LSTM with peepholes (Gers &amp; Schmidhuber 2000): the gates also see the cell state through
 * diagonal weights p, i and f the state they are about to change, o the state it exposes.
 * <pre>
 *   [zi zf zo zg] = x·Wx + h_prev·Wh + b        Wx: input × 4H, Wh: H × 4H, b: 1 × 4H, p: 1 × 3H
 *   i = σ(zi + p_i ⊙ c_prev)   f = σ(zf + p_f ⊙ c_prev)   g = tanh(zg)
 *   c = f ⊙ c_prev + i ⊙ g
 *   o = σ(zo + p_o ⊙ c)
 *   h = o ⊙ tanh(c)
 * </pre>
 * Blocks [i | f | o | g] as in {@link LstmCell}, p as [p_i | p_f | p_o] ({@code <layer>.p}, starting at
 * 0, i.e. as a plain LSTM); the state row is [c | tanh(c)].
 */
final class PeepholeCell extends MemoryCell {
    static final CellSpec SPEC = new CellSpec("peephole", "peephole LSTM", LstmCell.SPEC.quantities(),
            LstmCell.SPEC.blocks(), List.of(new CellSpec.Vector("p", List.of("i", "f", "o"))),
            LstmCell.SPEC.initialBiases(), LstmCell.RELATIONS);

    private final double[] p;

    PeepholeCell(int H, double[][] vectors) {
        super(H, vectors[0], 2);
        this.p = vectors[1];
    }

    @Override
    public void forward(double[] a, double[] zh, double[] sPrev, double[] hPrev, double[] s, double[] h) {
        if (sPrev != null) {
            // zi += p_i ⊙ c_prev,  zf += p_f ⊙ c_prev   (c_prev = 0 at the first step)
            for (int j = 0; j < H; j++) {
                a[j] += p[j] * sPrev[j];
                a[H + j] += p[H + j] * sPrev[j];
            }
        }
        // i = σ(zi + bi),  f = σ(zf + bf),  g = tanh(zg + bg)
        Activations.sigmoid(a, b, 0, 2 * H);
        Activations.tanh(a, b, 3 * H, 4 * H);
        // c = f ⊙ c_prev + i ⊙ g
        for (int j = 0; j < H; j++) {
            s[j] = a[H + j] * (sPrev == null ? 0 : sPrev[j]) + a[j] * a[3 * H + j];
        }
        // o = σ(zo + bo + p_o ⊙ c)
        for (int j = 0; j < H; j++) {
            a[2 * H + j] += p[2 * H + j] * s[j];
        }
        Activations.sigmoid(a, b, 2 * H, 3 * H);
        // h = o ⊙ tanh(c)
        expose(a, s, h);
    }

    @Override
    public void backward(double[] a, double[] s, double[] sPrev, double[] hPrev, double[] dh, double[] ds,
                         double[] dzx, double[] dzh, double[] dsPrev, double[] dhPrev, double[][] dExtras) {
        double[] dp = dExtras[0];
        for (int j = 0; j < H; j++) {
            double i = a[j];
            double f = a[H + j];
            double o = a[2 * H + j];
            double g = a[3 * H + j];
            double c = s[j];
            double tc = s[H + j];
            double cPrev = sPrev == null ? 0 : sPrev[j];
            // h = o ⊙ tanh(c)  ⇒  dzo = dh ⊙ tanh(c) ⊙ σ'(zo)
            double dzo = dh[j] * tc * o * (1 - o);
            // dc = dh ⊙ o ⊙ (1 − tanh²(c)) + dc from t+1 + dzo ⊙ p_o   (o sees c)
            double dc = dh[j] * o * (1 - tc * tc) + (ds == null ? 0 : ds[j]) + dzo * p[2 * H + j];
            // c = f ⊙ c_prev + i ⊙ g  ⇒  di = dc ⊙ g,  df = dc ⊙ c_prev,  dg = dc ⊙ i
            double dzi = dc * g * i * (1 - i);
            double dzf = dc * cPrev * f * (1 - f);
            dzx[j] = dzi;
            dzx[H + j] = dzf;
            dzx[2 * H + j] = dzo;
            dzx[3 * H + j] = dc * i * (1 - g * g);
            // dc_prev = dc ⊙ f + dzi ⊙ p_i + dzf ⊙ p_f   (i and f see c_prev)
            if (dsPrev != null) {
                dsPrev[j] = dc * f + dzi * p[j] + dzf * p[H + j];
            }
            // dp_i = dzi ⊙ c_prev,  dp_f = dzf ⊙ c_prev,  dp_o = dzo ⊙ c
            dp[j] += dzi * cPrev;
            dp[H + j] += dzf * cPrev;
            dp[2 * H + j] += dzo * c;
        }
    }
}
