package com.lstmexplorer.runs;

import java.util.ArrayList;
import java.util.List;

/**
 * The loss and accuracy of a run at its evaluations, for the run page's chart: a page opened late (or
 * after a run that took 30 ms) still draws the whole curve. At most {@link #MAX_POINTS} points are
 * kept: when full, every other one is dropped and from then on only every other evaluation is kept
 * (MAX_POINTS is even, so the next one is such), so the history spans the whole run evenly spaced.
 */
public final class LossHistory {
    static final int MAX_POINTS = 256;

    /** One point of the chart; {@code loss} is null before the first update. */
    public record Point(int step, Double loss, double accuracy) {
    }

    private final List<Point> points = new ArrayList<>();
    private int stride = 1;
    private int seen;

    /** Adds the evaluation at {@code step}; the same step again (the run's closing report) replaces it. */
    synchronized void add(int step, double loss, double accuracy) {
        Point point = new Point(step, Double.isNaN(loss) ? null : loss, accuracy);
        if (!points.isEmpty() && points.get(points.size() - 1).step() == step) {
            points.set(points.size() - 1, point);
            return;
        }
        int index = seen++;
        if (index % stride != 0) {
            return;
        }
        if (points.size() == MAX_POINTS) {
            List<Point> even = new ArrayList<>(MAX_POINTS / 2);
            for (int i = 0; i < points.size(); i += 2) {
                even.add(points.get(i));
            }
            points.clear();
            points.addAll(even);
            stride *= 2;
        }
        points.add(point);
    }

    synchronized List<Point> points() {
        return List.copyOf(points);
    }
}
