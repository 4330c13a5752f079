package com.lstmexplorer.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LossHistoryTest {

    @Test
    void keepsEveryPointWhileThereIsRoom() {
        LossHistory history = new LossHistory();
        for (int k = 1; k <= 10; k++) {
            history.add(20 * k, 1.0 / k, k / 10.0);
        }
        List<LossHistory.Point> points = history.points();
        assertEquals(10, points.size());
        assertEquals(new LossHistory.Point(20, 1.0, 0.1), points.get(0));
        assertEquals(new LossHistory.Point(200, 0.1, 1.0), points.get(9));
    }

    @Test
    void aLongRunIsThinnedEvenlyAndStillSpansFromItsStart() {
        LossHistory history = new LossHistory();
        int evaluations = 5000;
        for (int k = 0; k < evaluations; k++) {
            history.add(20 * (k + 1), 1, 0.5);
        }
        List<LossHistory.Point> points = history.points();
        assertTrue(points.size() <= LossHistory.MAX_POINTS && points.size() > LossHistory.MAX_POINTS / 2,
                points.size() + " points");
        assertEquals(20, points.get(0).step(), "the first evaluation stays");
        int spacing = points.get(1).step() - points.get(0).step();
        for (int i = 1; i < points.size(); i++) {
            assertEquals(spacing, points.get(i).step() - points.get(i - 1).step(), "even spacing at " + i);
        }
        assertTrue(points.get(points.size() - 1).step() > 20 * evaluations - spacing - 1, "reaches the end");
    }

    @Test
    void theSameStepAgainReplacesItsPoint() {
        LossHistory history = new LossHistory();
        history.add(20, 0.9, 0.1);
        history.add(40, 0.8, 0.2);
        history.add(40, 0.7, 0.3);
        assertEquals(List.of(new LossHistory.Point(20, 0.9, 0.1), new LossHistory.Point(40, 0.7, 0.3)), history.points());
    }

    @Test
    void anUnknownLossIsNull() {
        LossHistory history = new LossHistory();
        history.add(20, Double.NaN, 0);
        assertNull(history.points().get(0).loss());
    }
}
