package com.lstmexplorer.model.analysis;

import com.lstmexplorer.model.cell.Quantity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks the neurons by what ablating them costs and writes the first look at a network from its analysis:
 * the costliest neuron, what it tracks, what ablating it does, and the probe sequence to open it on.
 * Nothing here knows a task: the words come from the labels, the characters and the numbers.
 */
final class Explanation {
    /** A loss this much higher (relative) with a neuron ablated counts as a cost even when accuracy holds. */
    static final double NOTABLE_LOSS_RISE = 0.10;
    /** A per-character change or mean worth naming is at least this share of the largest one. */
    private static final double NOTABLE_SHARE = 0.5;

    private final Recording recording;
    private final Correlations correlations;
    private final CharacterStatistics characters;

    Explanation(Recording recording, Correlations correlations, CharacterStatistics characters) {
        this.recording = recording;
        this.correlations = correlations;
        this.characters = characters;
    }

    /** Every neuron, costliest to ablate first. */
    List<NeuronSummary> rank(List<Ablation.Row> ablation) {
        List<Ablation.Row> order = new ArrayList<>(ablation);
        order.sort(Comparator.comparingDouble(Ablation.Row::accuracy)
                .thenComparing(Comparator.comparingDouble(Ablation.Row::loss).reversed()));
        List<NeuronSummary> out = new ArrayList<>();
        for (Ablation.Row row : order) {
            out.add(summary(out.size() + 1, row));
        }
        return out;
    }

    private NeuronSummary summary(int rank, Ablation.Row row) {
        int l = row.layer();
        int n = row.neuron();
        Label latent = null;
        CharacterStatistics.CharacterLabel chars = null;
        for (Quantity q : recording.quantities()) {
            Label candidate = correlations.best(l, q, n);
            if (candidate != null && (latent == null || Math.abs(candidate.r()) > Math.abs(latent.r()))) {
                latent = candidate;
            }
            CharacterStatistics.CharacterLabel c = characters.label(l, q, n);
            if (chars == null || c.eta() > chars.eta()) {
                chars = c;
            }
        }
        boolean byLatent = latent != null && Math.abs(latent.r()) >= NeuronSummary.LATENT_R;
        Quantity quantity = byLatent ? latent.quantity() : chars.quantity();
        String label = byLatent ? latentLabel(latent) : characterLabel(chars);
        return new NeuronSummary(rank, l, n, quantity, label, latent == null ? null : latent.latent(),
                latent == null ? null : latent.r(), latent == null ? null : latent.slope(), chars.eta(), chars.by(),
                chars.high(), chars.low(), row.accuracy(), row.loss());
    }

    static String latentLabel(Label label) {
        return Words.quantity(label.quantity()) + " tracks " + label.latent() + " (r = " + Words.number(label.r())
                + ", " + Words.signed(label.slope()) + " per unit)";
    }

    static String characterLabel(CharacterStatistics.CharacterLabel c) {
        String on = c.by().equals(CharacterStatistics.INPUT) ? " on " : " before ";
        return Words.quantity(c.quantity()) + " is highest" + on + Words.symbol(c.high()) + " (" + Words.number(c.highMean())
                + ") and lowest" + on + Words.symbol(c.low()) + " (" + Words.number(c.lowMean()) + "), η = "
                + Words.number(c.eta());
    }

    /** What a neuron's quantity does per input character, e.g. "+0.98 per a, -0.97 per b" or "0.01 on X, 0.99 on a". */
    String perCharacter(int layer, int neuron, Quantity q) {
        boolean state = q.carried();
        List<CharacterStatistics.Row> rows = characters.rows(layer, q, CharacterStatistics.INPUT);
        double largest = 0;
        for (CharacterStatistics.Row r : rows) {
            largest = Math.max(largest, Math.abs(state ? r.change()[neuron] : r.mean()[neuron]));
        }
        List<String> parts = new ArrayList<>();
        if (state) {
            for (CharacterStatistics.Row r : rows) {
                double change = r.change()[neuron];
                if (largest > 0.05 && Math.abs(change) >= NOTABLE_SHARE * largest) {
                    parts.add(Words.signed(change) + " per " + Words.symbol(r.symbol()));
                }
            }
        } else {
            CharacterStatistics.Row low = rows.stream().min(Comparator.comparingDouble(r -> r.mean()[neuron])).orElseThrow();
            CharacterStatistics.Row high = rows.stream().max(Comparator.comparingDouble(r -> r.mean()[neuron])).orElseThrow();
            parts.add(Words.number(low.mean()[neuron]) + " on " + Words.symbol(low.symbol()));
            parts.add(Words.number(high.mean()[neuron]) + " on " + Words.symbol(high.symbol()));
        }
        return String.join(", ", parts.subList(0, Math.min(3, parts.size())));
    }

    /** The probe sequence along which the neuron's quantity spans the widest range (the first on ties). */
    Focus focus(NeuronSummary top) {
        double[] y = recording.series(top.layer(), top.quantity(), top.neuron());
        int best = 0;
        double widest = -1;
        for (int s = 0; s < recording.sequences().size(); s++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = recording.start(s); i < recording.start(s + 1); i++) {
                min = Math.min(min, y[i]);
                max = Math.max(max, y[i]);
            }
            if (max - min > widest) {
                widest = max - min;
                best = s;
            }
        }
        return new Focus(top.layer(), top.neuron(), top.quantity(), recording.sequences().get(best));
    }

    /** The first look: the costliest neuron (and the next one when it costs too), or that none is essential. */
    String caption(List<NeuronSummary> ranked, Judgement baseline, Focus focus) {
        StringBuilder out = new StringBuilder();
        NeuronSummary top = ranked.get(0);
        if (!costs(top, baseline)) {
            out.append("No single neuron is essential: with any one ablated, accuracy stays at ")
                    .append(Words.percent(baseline.accuracy())).append(". ");
            NeuronSummary strongest = ranked.stream().filter(s -> s.r() != null)
                    .max(Comparator.comparingDouble(s -> Math.abs(s.r()))).orElse(top);
            out.append(Words.capitalised(describe(strongest))).append('.');
        } else {
            out.append(Words.capitalised(describe(top))).append(". Ablate it: ").append(effect(top, baseline)).append('.');
            if (ranked.size() > 1 && costs(ranked.get(1), baseline)) {
                NeuronSummary second = ranked.get(1);
                out.append(" Next, ").append(describe(second)).append(": ").append(effect(second, baseline)).append('.');
            }
        }
        out.append(" Look at ").append(top.ref().name(recording.layers())).append("'s ").append(Words.quantity(focus.quantity()))
                .append(" on ").append(focus.sequence().replace("\n", "\u23CE")).append('.');
        return Words.capitalised(out.toString().strip());
    }

    private static boolean costs(NeuronSummary s, Judgement baseline) {
        return s.ablatedAccuracy() < baseline.accuracy() || s.ablatedLoss() > baseline.loss() * (1 + NOTABLE_LOSS_RISE);
    }

    private String describe(NeuronSummary s) {
        String who = s.ref().name(recording.layers()) + "'s ";
        if (s.r() != null && Math.abs(s.r()) >= NeuronSummary.LATENT_R) {
            String perCharacter = perCharacter(s.layer(), s.neuron(), s.quantity());
            return who + Words.quantity(s.quantity()) + " tracks " + s.latent() + " (r = " + Words.number(s.r()) + ")"
                    + (perCharacter.isEmpty() ? "" : ": " + perCharacter);
        }
        return who + s.label();
    }

    private static String effect(NeuronSummary s, Judgement baseline) {
        if (s.ablatedAccuracy() != baseline.accuracy()) {
            return "accuracy " + Words.percent(baseline.accuracy()) + " -> " + Words.percent(s.ablatedAccuracy());
        }
        return "accuracy stays " + Words.percent(baseline.accuracy()) + ", loss " + Words.number(baseline.loss()) + " -> "
                + Words.number(s.ablatedLoss());
    }
}
