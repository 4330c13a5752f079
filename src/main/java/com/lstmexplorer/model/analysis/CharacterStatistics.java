package com.lstmexplorer.model.analysis;

import com.lstmexplorer.model.cell.Quantity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each quantity does per character, for any network (custom ones too): over the steps that read
 * a given character ({@code by = "input"}) or that are followed by it ({@code by = "next"}), each neuron's
 * mean and standard deviation, and for {@code input} its mean change over that step (value after the
 * step minus before it; before the first step the state is zero). "Input gate ≈ 0 on X, ≈ 1 on a" and
 * "cell +1 per a, −1 per b" are read off these rows.
 *
 * <p>Each neuron's quantity is also labelled by the grouping that explains more of it: the correlation
 * ratio η (η² = between-character variance / total variance, the counterpart of r² for a character),
 * with the characters where it is highest and lowest on average.
 */
public final class CharacterStatistics {
    public static final String INPUT = "input";
    public static final String NEXT = "next";

    /** One character's statistics for every neuron of a layer: element n of each array is neuron n. */
    public record Row(int layer, Quantity quantity, String by, char symbol, int count, double[] mean, double[] sd,
                      double[] change) {
    }

    /** A neuron's quantity by character: η, and the characters with the highest and lowest mean. */
    public record CharacterLabel(int layer, int neuron, Quantity quantity, String by, double eta, char high,
                                 double highMean, char low, double lowMean) {
    }

    private final List<Row> rows;
    private final List<CharacterLabel> labels;

    private CharacterStatistics(List<Row> rows, List<CharacterLabel> labels) {
        this.rows = rows;
        this.labels = labels;
    }

    public static CharacterStatistics of(Recording recording) {
        List<Row> rows = new ArrayList<>();
        List<CharacterLabel> labels = new ArrayList<>();
        Grouping input = Grouping.of(recording, true);
        Grouping next = Grouping.of(recording, false);
        for (int l = 0; l < recording.layers(); l++) {
            for (Quantity q : recording.quantities()) {
                List<Row> byInput = rows(recording, l, q, input, INPUT);
                List<Row> byNext = rows(recording, l, q, next, NEXT);
                rows.addAll(byInput);
                rows.addAll(byNext);
                for (int n = 0; n < recording.neurons(); n++) {
                    CharacterLabel a = label(recording, l, q, n, byInput);
                    CharacterLabel b = label(recording, l, q, n, byNext);
                    labels.add(b.eta() > a.eta() ? b : a);
                }
            }
        }
        return new CharacterStatistics(rows, labels);
    }

    public List<Row> rows() {
        return rows;
    }

    /** One label per layer, quantity and neuron. */
    public List<CharacterLabel> labels() {
        return labels;
    }

    public CharacterLabel label(int layer, Quantity quantity, int neuron) {
        return labels.stream().filter(c -> c.layer() == layer && c.quantity() == quantity && c.neuron() == neuron)
                .findFirst().orElseThrow();
    }

    /** The rows of one layer, quantity and grouping, characters in order of first appearance. */
    public List<Row> rows(int layer, Quantity quantity, String by) {
        return rows.stream().filter(r -> r.layer() == layer && r.quantity() == quantity && r.by().equals(by)).toList();
    }

    /** The characters, in order of first appearance, and the group of every step. */
    private record Grouping(List<Character> symbols, int[] group) {
        static Grouping of(Recording recording, boolean input) {
            Map<Character, Integer> index = new LinkedHashMap<>();
            int[] group = new int[recording.steps()];
            for (int i = 0; i < group.length; i++) {
                char c = input ? recording.input(i) : recording.next(i);
                group[i] = index.computeIfAbsent(c, k -> index.size());
            }
            return new Grouping(List.copyOf(index.keySet()), group);
        }
    }

    private static List<Row> rows(Recording recording, int layer, Quantity q, Grouping grouping, String by) {
        int G = grouping.symbols().size();
        int H = recording.neurons();
        int[] count = new int[G];
        for (int g : grouping.group()) {
            count[g]++;
        }
        double[][] mean = new double[G][H];
        double[][] sd = new double[G][H];
        double[][] change = by.equals(INPUT) ? new double[G][H] : null;
        boolean[] first = new boolean[recording.steps()];
        for (int s = 0; s < recording.sequences().size(); s++) {
            first[recording.start(s)] = true;
        }
        for (int n = 0; n < H; n++) {
            double[] y = recording.series(layer, q, n);
            double[] sum = new double[G];
            double[] squares = new double[G];
            double[] moved = new double[G];
            for (int i = 0; i < y.length; i++) {
                int g = grouping.group()[i];
                sum[g] += y[i];
                squares[g] += y[i] * y[i];
                // change over the step: y_t − y_{t−1}, from the zero state at a sequence's first step
                moved[g] += y[i] - (first[i] ? 0 : y[i - 1]);
            }
            for (int g = 0; g < G; g++) {
                mean[g][n] = sum[g] / count[g];
                // sd = √(E[y²] − E[y]²), never below 0 from rounding
                sd[g][n] = Math.sqrt(Math.max(0, squares[g] / count[g] - mean[g][n] * mean[g][n]));
                if (change != null) {
                    change[g][n] = moved[g] / count[g];
                }
            }
        }
        List<Row> rows = new ArrayList<>(G);
        for (int g = 0; g < G; g++) {
            rows.add(new Row(layer, q, by, grouping.symbols().get(g), count[g], mean[g], sd[g],
                    change == null ? null : change[g]));
        }
        return rows;
    }

    /** η² = Σ_c n_c (m_c − m)² / Σ_i (y_i − m)², with the characters of highest and lowest mean m_c. */
    private static CharacterLabel label(Recording recording, int layer, Quantity q, int n, List<Row> rows) {
        double[] y = recording.series(layer, q, n);
        double m = 0;
        for (double v : y) {
            m += v;
        }
        m /= y.length;
        double total = 0;
        for (double v : y) {
            total += (v - m) * (v - m);
        }
        double between = 0;
        Row high = rows.get(0);
        Row low = rows.get(0);
        for (Row row : rows) {
            double d = row.mean()[n] - m;
            between += row.count() * d * d;
            high = row.mean()[n] > high.mean()[n] ? row : high;
            low = row.mean()[n] < low.mean()[n] ? row : low;
        }
        double eta = total == 0 ? 0 : Math.sqrt(Math.min(1, between / total));
        return new CharacterLabel(layer, n, q, rows.get(0).by(), eta, high.symbol(), high.mean()[n], low.symbol(),
                low.mean()[n]);
    }
}
