package com.lstmexplorer.model.analysis;

import com.lstmexplorer.model.cell.Quantity;
import com.lstmexplorer.model.cell.LstmCell;
import com.lstmexplorer.model.task.SeedTask;
import com.lstmexplorer.model.task.SeedTasks;
import com.lstmexplorer.model.train.Stopping;
import com.lstmexplorer.model.train.TrainingOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The table "What the analysis finds on the seed networks" of docs/analysis.md: for seeds 1-3 of each task, trained as
 * the seed networks are, one row per observation of the blog (the table's column "what the blog saw"), each cell found by the
 * analysis (never chosen by hand): the neuron, its r, the numbers the blog quotes, and the accuracy with
 * the neuron zeroed.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.lstmexplorer.model.analysis.SeedFindings
 * </pre>
 */
public final class SeedFindings {
    private static final List<Quantity> STATE = List.of(LstmCell.CELL, LstmCell.HIDDEN);

    public static void main(String[] args) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        StringBuilder runs = new StringBuilder();
        for (SeedTask task : SeedTasks.all()) {
            for (long seed = 1; seed <= 3; seed++) {
                SeedNetworksForAnalysis first = SeedNetworksForAnalysis.train(task, seed, Stopping.AT_FIRST_SOLVE);
                SeedNetworksForAnalysis trained = SeedNetworksForAnalysis.train(task, seed);
                TrainingOutcome o = trained.outcome();
                NetworkAnalysis analysis = Analyser.analyse(trained.network(), Subject.of(task));
                Findings f = new Findings(analysis, Analyser.describe(trained.network(), Subject.of(task)));
                runs.append(String.format(Locale.ROOT, "%s seed %d: first solved at %d (%.2f s CPU), %s at %d (%.2f s CPU,"
                        + " %.1f s wall); caption: %s%n", task.id(), seed, o.solvedAtStep(), first.cpuSeconds(),
                        o.endReason().id(), o.steps(), trained.cpuSeconds(), o.elapsedNanos() / 1e9, analysis.caption()));
                switch (task.id()) {
                    case "counting" -> {
                        Label counter = f.strongest("a's - b's", List.of(LstmCell.CELL));
                        add(rows, "counting | a cell counts: ≈ +1 per a, −1 per b", f.state(counter));
                        Label hidden = f.d.correlations().label(0, LstmCell.HIDDEN, counter.neuron(), "a's - b's");
                        LinearFit sharp = LinearFit.of(f.series(counter.layer(), LstmCell.CELL, counter.neuron()),
                                f.series(counter.layer(), LstmCell.HIDDEN, counter.neuron()));
                        add(rows, "counting | its hidden state is a sharpened cell", String.format(Locale.ROOT,
                                "n%d: r(h, count) = %.2f, r(h, c) = %.2f", counter.neuron(), hidden.r(), sharp.r()));
                        add(rows, "counting | many cells near 0", f.quietCells());
                    }
                    case "selective-counting" -> {
                        Label counter = f.strongest("a's - b's (X's ignored)", List.of(LstmCell.CELL));
                        add(rows, "selective | a counter (X's ignored)", f.state(counter));
                        add(rows, "selective | its input gate ≈ 0 on X, ≈ 1 on a", f.gates(counter.neuron(), 'X', 'a'));
                        add(rows, "selective | a neuron's input gate opens only at Y", f.opensOnlyAt(LstmCell.INPUT, 'Y'));
                    }
                    case "state-memory" -> {
                        Label memory = f.strongest("first was A", STATE);
                        add(rows, "state memory | a neuron holds the first letter", f.state(memory));
                        Label other = f.strongestExcept("first was A", STATE, memory.neuron());
                        add(rows, "state memory | another neuron holds the letter too", f.state(other));
                        add(rows, "state memory | its input gate ignores the x's", f.gates(memory.neuron(), 'x', 'A'));
                        add(rows, "state memory | forget gate open over the x's, closes before the last char",
                                f.forget(memory.neuron()));
                    }
                    case "copy" -> {
                        for (String next : List.of("next is a", "next is b", "next is c")) {
                            add(rows, "copy | " + next, f.state(f.strongest(next, STATE)));
                        }
                        add(rows, "copy | (position in the copy, for comparison)", f.state(f.strongest("position in the copy", STATE)));
                    }
                    default -> throw new IllegalStateException(task.id());
                }
            }
        }
        System.out.println("| task | what the blog saw | seed 1 | seed 2 | seed 3 |");
        System.out.println("|---|---|---|---|---|");
        rows.forEach((key, cells) -> System.out.println("| " + key + " | " + String.join(" | ", cells) + " |"));
        System.out.println();
        System.out.print(runs);
    }

    private static void add(Map<String, List<String>> rows, String key, String cell) {
        rows.computeIfAbsent(key, k -> new ArrayList<>()).add(cell);
    }

    /** What the analysis says about particular neurons, in the table's words. */
    private record Findings(NetworkAnalysis a, Analyser.Description d) {

        double[] series(int layer, Quantity q, int neuron) {
            return d.recording().series(layer, q, neuron);
        }

        Label strongest(String latent, List<Quantity> quantities) {
            return d.correlations().strongest(latent, quantities);
        }

        Label strongestExcept(String latent, List<Quantity> quantities, int neuron) {
            Label best = null;
            for (int n = 0; n < d.recording().neurons(); n++) {
                for (Quantity q : quantities) {
                    Label l = d.correlations().label(0, q, n, latent);
                    if (n != neuron && (best == null || Math.abs(l.r()) > Math.abs(best.r()))) {
                        best = l;
                    }
                }
            }
            return best;
        }

        String ablated(int layer, int neuron) {
            Ablation.Row row = a.ablation().stream().filter(r -> r.layer() == layer && r.neuron() == neuron).findFirst()
                    .orElseThrow();
            return Words.percent(row.accuracy());
        }

        String who(Label l) {
            return (d.recording().layers() > 1 ? "L" + l.layer() + " " : "") + "n" + l.neuron() + " " + l.quantity().id();
        }

        /** "n9 cell r = -0.99; +0.98/a, -0.97/b; ablated 10%". */
        String state(Label l) {
            String per = new Explanation(d.recording(), d.correlations(), d.characters())
                    .perCharacter(l.layer(), l.neuron(), l.quantity()).replace(" per ", "/");
            return String.format(Locale.ROOT, "%s r = %.2f; %s; ablated %s", who(l), l.r(), per, ablated(l.layer(), l.neuron()));
        }

        double mean(Quantity q, int neuron, char symbol) {
            return d.characters().rows(0, q, CharacterStatistics.INPUT).stream().filter(r -> r.symbol() == symbol)
                    .findFirst().orElseThrow().mean()[neuron];
        }

        /** The neuron's input and forget gates on two characters. */
        String gates(int neuron, char on, char off) {
            return String.format(Locale.ROOT, "n%d input %.2f on %c, %.2f on %c; forget %.2f on %c, %.2f on %c", neuron,
                    mean(LstmCell.INPUT, neuron, on), on, mean(LstmCell.INPUT, neuron, off), off,
                    mean(LstmCell.FORGET, neuron, on), on, mean(LstmCell.FORGET, neuron, off), off);
        }

        /** The neuron whose gate is highest on {@code symbol} compared with its highest mean elsewhere. */
        String opensOnlyAt(Quantity gate, char symbol) {
            int best = -1;
            double margin = Double.NEGATIVE_INFINITY;
            double elsewhere = 0;
            List<CharacterStatistics.Row> rows = d.characters().rows(0, gate, CharacterStatistics.INPUT);
            for (int n = 0; n < d.recording().neurons(); n++) {
                int neuron = n;
                double other = rows.stream().filter(r -> r.symbol() != symbol).mapToDouble(r -> r.mean()[neuron]).max()
                        .orElse(0);
                if (mean(gate, n, symbol) - other > margin) {
                    margin = mean(gate, n, symbol) - other;
                    best = n;
                    elsewhere = other;
                }
            }
            return String.format(Locale.ROOT, "n%d %s %.2f on %c, at most %.2f elsewhere; ablated %s", best, gate.id(),
                    mean(gate, best, symbol), symbol, elsewhere, ablated(0, best));
        }

        String forget(int neuron) {
            double last = (mean(LstmCell.FORGET, neuron, 'a') + mean(LstmCell.FORGET, neuron, 'b')) / 2;
            return String.format(Locale.ROOT, "n%d forget %.2f on x, %.2f on Y, %.2f on the last char", neuron,
                    mean(LstmCell.FORGET, neuron, 'x'), mean(LstmCell.FORGET, neuron, 'Y'), last);
        }

        /** How many cells stay near 0: mean |c| over the probes below 0.2. */
        String quietCells() {
            int quiet = 0;
            for (int n = 0; n < d.recording().neurons(); n++) {
                double sum = 0;
                for (double v : series(0, LstmCell.CELL, n)) {
                    sum += Math.abs(v);
                }
                quiet += sum / d.recording().steps() < 0.2 ? 1 : 0;
            }
            return quiet + " of " + d.recording().neurons() + " cells with mean \\|c\\| < 0.2";
        }
    }
}
