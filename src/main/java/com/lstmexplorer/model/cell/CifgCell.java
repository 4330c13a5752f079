package com.lstmexplorer.model.cell;

import java.util.List;

/**
 * The LSTM with coupled input and forget gates (CIFG; Greff et al. 2017, "LSTM: a search space
 * odyssey"): what the cell forgets is what it lets in, i = 1 − f, so there are no input-gate weights.
 * <pre>
 *   [zf zo zg] = x·Wx + h_prev·Wh + b        Wx: input × 3H, Wh: H × 3H, b: 1 × 3H
 *   f = σ(zf)  o = σ(zo)  g = tanh(zg)
 *   c = f ⊙ c_prev + (1 − f) ⊙ g
 *   h = o ⊙ tanh(c)
 * </pre>
 * Blocks [f | o | g]; the state row is [c | tanh(c)]. It records cell, hidden, forget, output and
 * candidate: an "input" column would be 1 − forget, a copy that reads like a parameter it does not have.
 */
final class CifgCell extends MemoryCell {
    static final CellSpec SPEC = new CellSpec("cifg", "coupled input-forget LSTM", List.of(LstmCell.CELL,
            LstmCell.HIDDEN, LstmCell.FORGET, LstmCell.OUTPUT, LstmCell.CANDIDATE), List.of("f", "o", "g"), List.of(),
            List.of(new CellSpec.InitialBias("f", LstmCell.FORGET_BIAS)),
            // c = f ⊙ c′ + (1 − f) ⊙ g, then h = o ⊙ tanh(c)
            List.of(Relation.coupledBlend(LstmCell.CELL.id(), LstmCell.FORGET.id(), LstmCell.CANDIDATE.id()),
                    Relation.squash(LstmCell.HIDDEN.id(), LstmCell.OUTPUT.id(), LstmCell.CELL.id())));

    CifgCell(int H, double[][] vectors) {
        super(H, vectors[0], 1);
    }

    @Override
    public void forward(double[] a, double[] zh, double[] sPrev, double[] hPrev, double[] s, double[] h) {
        // f = σ(zf + bf),  o = σ(zo + bo),  g = tanh(zg + bg)
        Activations.sigmoid(a, b, 0, 2 * H);
        Activations.tanh(a, b, 2 * H, 3 * H);
        // c = f ⊙ c_prev + (1 − f) ⊙ g
        for (int j = 0; j < H; j++) {
            double f = a[j];
            s[j] = f * (sPrev == null ? 0 : sPrev[j]) + (1 - f) * a[2 * H + j];
        }
        // h = o ⊙ tanh(c)
        expose(a, s, h);
    }

    @Override
    public void backward(double[] a, double[] s, double[] sPrev, double[] hPrev, double[] dh, double[] ds,
                         double[] dzx, double[] dzh, double[] dsPrev, double[] dhPrev, double[][] dExtras) {
        for (int j = 0; j < H; j++) {
            double f = a[j];
            double o = a[H + j];
            double g = a[2 * H + j];
            double tc = s[H + j];
            // h = o ⊙ tanh(c)  ⇒  do = dh ⊙ tanh(c),  dc += dh ⊙ o ⊙ (1 − tanh²(c))
            double dO = dh[j] * tc;
            double dc = dh[j] * o * (1 - tc * tc) + (ds == null ? 0 : ds[j]);
            // c = f ⊙ c_prev + (1 − f) ⊙ g  ⇒  df = dc ⊙ (c_prev − g),  dg = dc ⊙ (1 − f),  dc_prev = dc ⊙ f
            double dF = dc * ((sPrev == null ? 0 : sPrev[j]) - g);
            double dG = dc * (1 - f);
            // through σ' = σ(1 − σ) and tanh' = 1 − tanh²
            dzx[j] = dF * f * (1 - f);
            dzx[H + j] = dO * o * (1 - o);
            dzx[2 * H + j] = dG * (1 - g * g);
            if (dsPrev != null) {
                dsPrev[j] = dc * f;
            }
        }
    }
}
