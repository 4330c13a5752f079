package com.lstmexplorer.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Pearson r and the least-squares line against values worked out by hand. */
class LinearFitTest {

    @Test
    void matchesTheHandComputation() {
        // x̄ = 2.5, ȳ = 4.75, Sxx = 5, Sxy = 9.5, Syy = 18.75:
        // slope = 9.5 / 5 = 1.9, intercept = 4.75 − 1.9·2.5 = 0, r = 9.5 / √(5·18.75) = 0.981156...
        LinearFit fit = LinearFit.of(new double[] {1, 2, 3, 4}, new double[] {2, 4, 5, 8});
        assertEquals(1.9, fit.slope(), 1e-12);
        assertEquals(0.0, fit.intercept(), 1e-12);
        assertEquals(9.5 / Math.sqrt(93.75), fit.r(), 1e-12);
        assertEquals(0.98115578, fit.r(), 1e-8);
    }

    @Test
    void aFallingLineHasRMinusOneAndItsSlope() {
        LinearFit fit = LinearFit.of(new double[] {0, 1, 2, 3, 4}, new double[] {3, 1, -1, -3, -5});
        assertEquals(-1.0, fit.r(), 1e-12);
        assertEquals(-2.0, fit.slope(), 1e-12);
        assertEquals(3.0, fit.intercept(), 1e-12);
    }

    @Test
    void aConstantExplainsNothing() {
        LinearFit flatX = LinearFit.of(new double[] {2, 2, 2}, new double[] {1, 2, 3});
        assertEquals(new LinearFit(0, 0, 2), flatX);
        LinearFit flatY = LinearFit.of(new double[] {1, 2, 3}, new double[] {5, 5, 5});
        assertEquals(new LinearFit(0, 0, 5), flatY);
    }
}
