package com.lstmexplorer.model.analysis;

import com.lstmexplorer.model.Network;
import java.util.List;

/** Analyses a network against a {@link Subject}; reads the network only, so a network being trained must be copied. */
public final class Analyser {
    /** How many of the top-ranked neurons the generalisation sweep follows. */
    public static final int SWEEP_WATCHED = 3;

    private Analyser() {
    }

    /** The statistics that need only the probe traces: labels, character statistics, saturation. */
    public record Description(Recording recording, Correlations correlations, CharacterStatistics characters,
                              List<Saturation> saturation) {
    }

    public static Description describe(Network network, Subject subject) {
        Recording recording = Recording.of(network, subject.probes(), null);
        LatentSeries latents = LatentSeries.of(recording, subject.latentNames(), subject.latents());
        return new Description(recording, Correlations.of(recording, latents), CharacterStatistics.of(recording),
                Saturation.of(recording));
    }

    /** Everything: the description, the intact and per-neuron ablated judgements, the ranking, the sweep, the caption. */
    public static NetworkAnalysis analyse(Network network, Subject subject) {
        Description d = describe(network, subject);
        Judgement baseline = subject.judge().judge(network, null);
        List<Ablation.Row> ablation = Ablation.table(network, subject.judge());
        Explanation explanation = new Explanation(d.recording(), d.correlations(), d.characters());
        List<NeuronSummary> neurons = explanation.rank(ablation);
        Focus focus = explanation.focus(neurons.get(0));
        List<Sweep.Row> sweep = subject.sweep() == null ? List.of() : Sweep.of(network, subject.sweep(),
                neurons.subList(0, Math.min(SWEEP_WATCHED, neurons.size())).stream()
                        .map(s -> new Sweep.Watched(s.layer(), s.neuron(), s.quantity())).toList());
        return new NetworkAnalysis(d.correlations().latents(), d.recording().sequences().size(), d.recording().steps(),
                d.correlations().bests(), d.characters().rows(), d.characters().labels(), baseline,
                subject.judge().accuracyMeaning(), ablation, d.saturation(),
                subject.sweep() == null ? null : subject.sweep().variable(),
                subject.sweep() == null ? null : subject.sweep().trainedMax(), sweep, neurons,
                explanation.caption(neurons, baseline, focus), focus);
    }

    /** A network under an ablation: its judgement and its traces of {@code sequences}. */
    public record Ablated(Judgement judgement, Recording traces) {
    }

    /** Judges {@code network} with {@code ablation} applied and traces {@code sequences} under it. */
    public static Ablated ablate(Network network, Subject subject, Ablation ablation, List<String> sequences) {
        Recording intact = ablation.mode() == AblationMode.MEAN ? Recording.of(network, subject.probes(), null) : null;
        var intervention = ablation.intervention(network, intact);
        return new Ablated(subject.judge().judge(network, intervention), Recording.of(network, sequences, intervention));
    }
}
