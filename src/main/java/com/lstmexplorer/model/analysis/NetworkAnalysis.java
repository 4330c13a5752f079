package com.lstmexplorer.model.analysis;

import java.util.List;

/**
 * Everything {@link Analyser#analyse} finds about a network; the API's {@code GET .../analysis} answer.
 *
 * @param latents         the task's latent variables the labels are fitted against (empty for custom data)
 * @param probeSequences  the sequences the statistics run over, and {@code probeSteps} their characters
 * @param labels          per layer, neuron and quantity, its best latent variable (largest |r|)
 * @param characters      per layer, quantity, grouping and character: mean, sd and (input) mean change per neuron
 * @param characterLabels per layer, neuron and quantity, the grouping with the larger η and its extreme characters
 * @param baseline        the intact network judged; {@code accuracyMeaning} says what accuracy counts
 * @param ablation        per neuron, the same judgement with it zeroed from the first step
 * @param saturation      per neuron and gate, the fraction of probe steps below 0.1 and above 0.9
 * @param sweepVariable   "N" or "M", with {@code trainedMax}; null (and an empty {@code sweep}) without a sweep
 * @param neurons         every neuron, ranked by what ablating it costs, with its label
 * @param caption         the first look, written from the above
 * @param focus           the neuron, quantity and probe sequence the caption points at
 */
public record NetworkAnalysis(List<String> latents, int probeSequences, int probeSteps, List<Label> labels,
                              List<CharacterStatistics.Row> characters,
                              List<CharacterStatistics.CharacterLabel> characterLabels, Judgement baseline,
                              String accuracyMeaning, List<Ablation.Row> ablation, List<Saturation> saturation,
                              String sweepVariable, Integer trainedMax, List<Sweep.Row> sweep,
                              List<NeuronSummary> neurons, String caption, Focus focus) {
}
