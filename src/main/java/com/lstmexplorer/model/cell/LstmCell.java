package com.lstmexplorer.model.cell;

import java.util.List;

/**
 * The standard LSTM (no peepholes), one sequence at one step, forward and backward side by side, for
 * H neurons. Row-vector convention, x and h are rows:
 * <pre>
 *   [zi zf zo zg] = x·Wx + h_prev·Wh + b        Wx: input × 4H, Wh: H × 4H, b: 1 × 4H
 *   i = σ(zi)  f = σ(zf)  o = σ(zo)  g = tanh(zg)
 *   c = f ⊙ c_prev + i ⊙ g
 *   h = o ⊙ tanh(c)
 * </pre>
 * Gates are fused in the order [i | f | o | g], each H wide: {@code a} holds the pre-activations on
 * entry to forward and the gates on exit; the state row is [c | tanh(c)].
 */
public final class LstmCell extends MemoryCell {
    public static final Quantity CELL = Quantity.state("cell", "cell");
    public static final Quantity HIDDEN = Quantity.carried("hidden", "hidden state");
    public static final Quantity INPUT = Quantity.gate("input");
    public static final Quantity FORGET = Quantity.gate("forget");
    public static final Quantity OUTPUT = Quantity.gate("output");
    public static final Quantity CANDIDATE = Quantity.activation("candidate", "candidate");
    /** Forget-gate bias at initialisation: f starts near σ(1) ≈ 0.73, so memory is kept by default
     *  (Gers et al. 2000; Jozefowicz et al. 2015). */
    public static final double FORGET_BIAS = 1.0;
    /** c = f ⊙ c′ + i ⊙ g, then h = o ⊙ tanh(c): also the peephole LSTM's. */
    static final List<Relation> RELATIONS = List.of(Relation.blend(CELL.id(), FORGET.id(), INPUT.id(), CANDIDATE.id()),
            Relation.squash(HIDDEN.id(), OUTPUT.id(), CELL.id()));
    static final CellSpec SPEC = new CellSpec("lstm", "LSTM", List.of(CELL, HIDDEN, INPUT, FORGET, OUTPUT, CANDIDATE),
            List.of("i", "f", "o", "g"), List.of(), List.of(new CellSpec.InitialBias("f", FORGET_BIAS)), RELATIONS);

    LstmCell(int H, double[][] vectors) {
        super(H, vectors[0], 2);
    }

    /** Forward; {@code sPrev} null means c_prev = 0. A loop per operation: see {@link Activations}. */
    @Override
    public void forward(double[] a, double[] zh, double[] sPrev, double[] hPrev, double[] s, double[] h) {
        int G = 3 * H;
        // i = σ(zi + bi),  f = σ(zf + bf),  o = σ(zo + bo),  σ(z) = 1 / (1 + e^{−z})
        Activations.sigmoid(a, b, 0, G);
        // g = tanh(zg + bg),  tanh(z) = 1 − 2 / (e^{2z} + 1)
        Activations.tanh(a, b, G, 4 * H);
        // c = f ⊙ c_prev + i ⊙ g
        if (sPrev == null) {
            for (int j = 0; j < H; j++) {
                s[j] = a[H + j] * 0 + a[j] * a[G + j];  // as above with c_prev = 0, to the same bits
            }
        } else {
            for (int j = 0; j < H; j++) {
                s[j] = a[H + j] * sPrev[j] + a[j] * a[G + j];
            }
        }
        // h = o ⊙ tanh(c)
        expose(a, s, h);
    }

    @Override
    public void backward(double[] a, double[] s, double[] sPrev, double[] hPrev, double[] dh, double[] ds,
                         double[] dzx, double[] dzh, double[] dsPrev, double[] dhPrev, double[][] dExtras) {
        for (int j = 0; j < H; j++) {
            double i = a[j];
            double f = a[H + j];
            double o = a[2 * H + j];
            double g = a[3 * H + j];
            double tc = s[H + j];
            // h = o ⊙ tanh(c)  ⇒  do = dh ⊙ tanh(c),  dc += dh ⊙ o ⊙ (1 − tanh²(c))
            double dO = dh[j] * tc;
            double dc = dh[j] * o * (1 - tc * tc) + (ds == null ? 0 : ds[j]);
            // c = f ⊙ c_prev + i ⊙ g  ⇒  di = dc ⊙ g,  df = dc ⊙ c_prev,  dg = dc ⊙ i,  dc_prev = dc ⊙ f
            double dI = dc * g;
            double dF = dc * (sPrev == null ? 0 : sPrev[j]);
            double dG = dc * i;
            // through σ' = σ(1 − σ) and tanh' = 1 − tanh²
            dzx[j] = dI * i * (1 - i);
            dzx[H + j] = dF * f * (1 - f);
            dzx[2 * H + j] = dO * o * (1 - o);
            dzx[3 * H + j] = dG * (1 - g * g);
            if (dsPrev != null) {
                dsPrev[j] = dc * f;
            }
        }
    }
}
