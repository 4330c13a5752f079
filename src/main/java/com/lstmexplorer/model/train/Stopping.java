package com.lstmexplorer.model.train;

/**
 * When a {@link TrainingLoop} stops before {@code maxSteps}. At the first evaluation that solves the task
 * ({@code atFirstSolve}), or else once it has converged: the task is solved at this evaluation, at least
 * {@code patience} evaluations have passed since it was first solved, and the training loss, averaged over
 * the updates between two evaluations, has not fallen by {@code minImprovement} (relative) below its
 * reference within the last {@code patience} evaluations. The reference is the window loss at the last
 * evaluation that improved on the previous reference by that much. A task that is never solved (custom
 * data) trains to {@code maxSteps}.
 */
public record Stopping(boolean atFirstSolve, int patience, double minImprovement) {
    /** Stop as soon as the task is solved: the quickest network, the one the benchmark's time-to-solve times. */
    public static final Stopping AT_FIRST_SOLVE = new Stopping(true, 0, 0);
    /** Learn on after the first solve until the loss levels off: 25 evaluations (500 updates) without a 2% gain. */
    public static final Stopping CONVERGED = new Stopping(false, 25, 0.02);

    public Stopping {
        if (patience < 0 || !(minImprovement >= 0 && minImprovement < 1)) {
            throw new IllegalArgumentException("patience must be 0 or more and minImprovement in [0, 1), got "
                    + patience + " and " + minImprovement);
        }
    }

    /** Follows the window losses of successive evaluations and tells when training has converged. */
    final class Plateau {
        private double reference = Double.POSITIVE_INFINITY;
        private int evaluations;
        private int lastGain;
        private Integer firstSolved;

        /** After an evaluation whose window of updates had mean loss {@code windowLoss}; true once converged. */
        boolean converged(double windowLoss, boolean solved) {
            evaluations++;
            if (windowLoss < reference * (1 - minImprovement)) {
                reference = windowLoss;
                lastGain = evaluations;
            }
            if (solved && firstSolved == null) {
                firstSolved = evaluations;
            }
            return !atFirstSolve && solved && evaluations - firstSolved >= patience && evaluations - lastGain >= patience;
        }
    }
}
