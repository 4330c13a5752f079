package com.lstmexplorer.model.analysis;

/**
 * A neuron's value y against a variable x over n points: Pearson's r and the least-squares line
 * y ≈ slope·x + intercept. With x̄, ȳ the means, Sxy = Σ(x−x̄)(y−ȳ), Sxx = Σ(x−x̄)², Syy = Σ(y−ȳ)²:
 * r = Sxy / √(Sxx·Syy), slope = Sxy / Sxx, intercept = ȳ − slope·x̄. When x or y is constant r and the
 * slope are 0 (nothing is explained) and the intercept is ȳ.
 */
public record LinearFit(double r, double slope, double intercept) {

    public static LinearFit of(double[] x, double[] y) {
        return of(Centered.of(x), y);
    }

    /** The same against a variable already centred (the analysis fits many neurons against each). */
    static LinearFit of(Centered x, double[] y) {
        int n = y.length;
        if (n != x.values().length) {
            throw new IllegalArgumentException("x has " + x.values().length + " points, y " + n);
        }
        double yMean = 0;
        for (double v : y) {
            yMean += v;
        }
        yMean /= n;
        double sxy = 0;
        double syy = 0;
        double[] xc = x.values();
        for (int i = 0; i < n; i++) {
            double dy = y[i] - yMean;
            sxy += xc[i] * dy;
            syy += dy * dy;
        }
        if (x.sumOfSquares() == 0 || syy == 0) {
            return new LinearFit(0, 0, yMean);
        }
        double slope = sxy / x.sumOfSquares();
        double r = Math.max(-1, Math.min(1, sxy / Math.sqrt(x.sumOfSquares() * syy)));
        return new LinearFit(r, slope, yMean - slope * x.mean());
    }

    /** x − x̄, x̄ and Σ(x − x̄)². */
    record Centered(double[] values, double mean, double sumOfSquares) {
        static Centered of(double[] x) {
            double mean = 0;
            for (double v : x) {
                mean += v;
            }
            mean /= x.length;
            double[] centred = new double[x.length];
            double ss = 0;
            for (int i = 0; i < x.length; i++) {
                centred[i] = x[i] - mean;
                ss += centred[i] * centred[i];
            }
            return new Centered(centred, mean, ss);
        }
    }
}
