package com.lstmexplorer.model.train;

import com.lstmexplorer.model.cell.Param;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * Adam (Kingma &amp; Ba 2015) with the usual constants β1 = 0.9, β2 = 0.999, ε = 1e-8:
 * <pre>
 *   m = β1·m + (1 − β1)·dθ          v = β2·v + (1 − β2)·dθ²
 *   θ −= lr · m̂ / (√v̂ + ε)          m̂ = m / (1 − β1^t),  v̂ = v / (1 − β2^t)
 * </pre>
 */
final class Adam {
    static final double BETA1 = 0.9;
    static final double BETA2 = 0.999;
    static final double EPSILON = 1e-8;

    private final List<Param> params;
    private final double[][] m;
    private final double[][] v;
    private final double learningRate;
    private int t;

    Adam(List<Param> params, double learningRate) {
        this.params = params;
        this.learningRate = learningRate;
        this.m = new double[params.size()][];
        this.v = new double[params.size()][];
        for (int k = 0; k < m.length; k++) {
            m[k] = new double[params.get(k).value().data.length];
            v[k] = new double[m[k].length];
        }
    }

    /** One update of every parameter from its gradient (same order as the parameters). */
    void update(List<DMatrixRMaj> grads) {
        t++;
        double correction1 = 1 - Math.pow(BETA1, t);
        double correction2 = 1 - Math.pow(BETA2, t);
        for (int k = 0; k < m.length; k++) {
            double[] theta = params.get(k).value().data;
            double[] d = grads.get(k).data;
            double[] mk = m[k];
            double[] vk = v[k];
            for (int j = 0; j < mk.length; j++) {
                mk[j] = BETA1 * mk[j] + (1 - BETA1) * d[j];
                vk[j] = BETA2 * vk[j] + (1 - BETA2) * d[j] * d[j];
                theta[j] -= learningRate * (mk[j] / correction1) / (Math.sqrt(vk[j] / correction2) + EPSILON);
            }
        }
    }
}
