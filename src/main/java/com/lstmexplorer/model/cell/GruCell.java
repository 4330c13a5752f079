package com.lstmexplorer.model.cell;

import java.util.Arrays;
import java.util.List;

/**
 * The gated recurrent unit (Cho et al. 2014) in PyTorch's convention (nn.GRU), forward and backward
 * side by side, for H neurons:
 * <pre>
 *   z = σ(x·Wx_z + h_prev·Wh_z + b_z)             update gate
 *   r = σ(x·Wx_r + h_prev·Wh_r + b_r)             reset gate
 *   n = tanh(x·Wx_n + b_n + r ⊙ (h_prev·Wh_n + bh_n))   candidate
 *   h = (1 − z) ⊙ n + z ⊙ h_prev
 * </pre>
 * Wx: input × 3H, Wh: H × 3H, b: 1 × 3H, blocks [z | r | n]; bh: 1 × H ({@code <layer>.bh}), the
 * recurrent bias of n, which r scales and b_n cannot stand in for (PyTorch's b_hz, b_hr would add
 * nothing to b_z, b_r, so there are none). r multiplies h_prev·Wh_n alone, so the passes hand
 * h_prev·Wh apart from x·Wx ({@link #summed()} false). The state row is hn = h_prev·Wh_n + bh_n, kept for
 * backward; the carried state is h alone.
 */
final class GruCell implements CellStep {
    static final CellSpec SPEC = new CellSpec("gru", "GRU", List.of(Quantity.carried("hidden", "hidden state"),
            Quantity.gate("update"), Quantity.gate("reset"), Quantity.activation("candidate", "candidate")), List.of("z", "r", "n"),
            List.of(new CellSpec.Vector("bh", List.of("n"))), List.of(),
            List.of(Relation.coupledBlend("hidden", "update", "candidate"))); // h = z ⊙ h′ + (1 − z) ⊙ n

    private final int H;
    private final double[] b;
    private final double[] bh;

    GruCell(int H, double[][] vectors) {
        this.H = H;
        this.b = vectors[0];
        this.bh = vectors[1];
    }

    @Override
    public boolean summed() {
        return false;
    }

    @Override
    public int stateWidth() {
        return H;
    }

    @Override
    public void forward(double[] a, double[] zh, double[] sPrev, double[] hPrev, double[] s, double[] h) {
        // z = σ(x·Wx_z + h_prev·Wh_z + b_z),  r = σ(x·Wx_r + h_prev·Wh_r + b_r)
        for (int j = 0; j < 2 * H; j++) {
            a[j] += zh[j];
        }
        Activations.sigmoid(a, b, 0, 2 * H);
        for (int j = 0; j < H; j++) {
            // hn = h_prev·Wh_n + bh_n;  n = tanh(x·Wx_n + b_n + r ⊙ hn)
            s[j] = zh[2 * H + j] + bh[j];
            a[2 * H + j] += a[H + j] * s[j];
        }
        Activations.tanh(a, b, 2 * H, 3 * H);
        // h = (1 − z) ⊙ n + z ⊙ h_prev
        for (int j = 0; j < H; j++) {
            double z = a[j];
            h[j] = (1 - z) * a[2 * H + j] + z * (hPrev == null ? 0 : hPrev[j]);
        }
    }

    @Override
    public void backward(double[] a, double[] s, double[] sPrev, double[] hPrev, double[] dh, double[] ds,
                         double[] dzx, double[] dzh, double[] dsPrev, double[] dhPrev, double[][] dExtras) {
        double[] dbh = dExtras[0];
        for (int j = 0; j < H; j++) {
            double z = a[j];
            double r = a[H + j];
            double n = a[2 * H + j];
            double hn = s[j];
            // h = (1 − z) ⊙ n + z ⊙ h_prev  ⇒  dn = dh ⊙ (1 − z),  dz = dh ⊙ (h_prev − n),  dh_prev += dh ⊙ z
            double dn = dh[j] * (1 - z);
            double dZ = dh[j] * ((hPrev == null ? 0 : hPrev[j]) - n);
            if (dhPrev != null) {
                dhPrev[j] += dh[j] * z;
            }
            // n = tanh(zn)  ⇒  dzn = dn ⊙ (1 − n²);  zn = x·Wx_n + b_n + r ⊙ hn  ⇒  dr = dzn ⊙ hn,  dhn = dzn ⊙ r
            double dzn = dn * (1 - n * n);
            double dhn = dzn * r;
            // through σ' = σ(1 − σ); z and r see x·Wx and h_prev·Wh alike
            dzx[j] = dzh[j] = dZ * z * (1 - z);
            dzx[H + j] = dzh[H + j] = dzn * hn * r * (1 - r);
            dzx[2 * H + j] = dzn;
            dzh[2 * H + j] = dhn;
            // hn = h_prev·Wh_n + bh_n  ⇒  dbh_n = dhn
            dbh[j] += dhn;
        }
    }

    @Override
    public void hold(int n, double[] values, double[] a, double[] s, double[] h) {
        RnnCell.holdHidden(n, values, h);
    }

    @Override
    public double[][] activations(double[] a, double[] s, double[] h) {
        return new double[][] {h.clone(), Arrays.copyOfRange(a, 0, H), Arrays.copyOfRange(a, H, 2 * H),
                Arrays.copyOfRange(a, 2 * H, 3 * H)};
    }
}
