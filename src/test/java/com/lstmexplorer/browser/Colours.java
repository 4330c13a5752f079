package com.lstmexplorer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/** Checks on the colours the heatmap drew ({@link ExplorerPage#heatmap()} cells), against the scales. */
final class Colours {
    private Colours() {
    }

    private static int[] rgb(Map<String, Object> cell) {
        List<?> c = (List<?>) cell.get("rgb");
        return new int[] {((Number) c.get(0)).intValue(), ((Number) c.get(1)).intValue(), ((Number) c.get(2)).intValue()};
    }

    private static double value(Map<String, Object> cell) {
        return ((Number) cell.get("v")).doubleValue();
    }

    /** Red for negative, white for zero, blue for positive values. */
    static void assertDiverging(List<Map<String, Object>> cells) {
        int signed = 0;
        for (Map<String, Object> cell : cells) {
            int[] c = rgb(cell);
            double v = value(cell);
            String where = "cell " + cell + " of value " + v;
            if (v > 0.1) {
                assertThat(c[2]).as(where + " is blue").isGreaterThan(c[0]);
                signed++;
            } else if (v < -0.1) {
                assertThat(c[0]).as(where + " is red").isGreaterThan(c[2]);
                signed++;
            } else if (Math.abs(v) < 0.005) {
                assertThat(Math.min(c[0], Math.min(c[1], c[2]))).as(where + " is white").isGreaterThan(240);
            }
        }
        assertThat(signed).as("cells of clearly signed value").isPositive();
    }

    /** Gates, 0..1: white to green, darker the more open. */
    static void assertSequential(List<Map<String, Object>> cells) {
        assertThat(cells).isNotEmpty();
        for (Map<String, Object> cell : cells) {
            int[] c = rgb(cell);
            assertThat(c[1]).as("cell %s is a shade of green", cell).isGreaterThanOrEqualTo(c[0]).isGreaterThanOrEqualTo(c[2]);
        }
        Map<String, Object> open = cells.stream().max((a, b) -> Double.compare(value(a), value(b))).orElseThrow();
        Map<String, Object> shut = cells.stream().min((a, b) -> Double.compare(value(a), value(b))).orElseThrow();
        if (value(open) - value(shut) > 0.2) {
            assertThat(rgb(open)[0]).as("a more open gate is darker").isLessThan(rgb(shut)[0]);
        }
    }

    /**
     * The heatmap row of {@code neuron} has, step by step, the background colours of {@code strip}
     * (the CSS colours of the strip's characters, "rgb(r, g, b) rgb(...)").
     */
    static void assertSameAsStrip(List<Map<String, Object>> cells, int neuron, String strip) {
        List<String> row = cells.stream().filter(c -> ((Number) c.get("n")).intValue() == neuron)
                .map(c -> {
                    int[] x = rgb(c);
                    return "rgb(" + x[0] + ", " + x[1] + ", " + x[2] + ")";
                }).toList();
        assertThat(String.join(" ", row)).isEqualTo(strip);
    }
}
