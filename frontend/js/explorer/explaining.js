// The explorer's analysis parts, composed in one place: the "What the neurons do" panel, the
// intervention bar, the detail's ablate toggle and label line, the heatmap's row labels, and which
// traces to draw (the ablated network's while an intervention is in force and its answer is in).

import { el } from '../dom.js';
import { createAnalysisPanel } from './analysisPanel.js';
import { createInterventionBar, createNeuronToggle } from './interventionBar.js';
import { toggleNeuron, isAblated, isIntervening, interventionKey } from './ablation.js';
import { rowLabels, detailLine } from './neuronLabels.js';

/** Marks an ablated neuron's row label. */
const HELD = '\u2298 '; // ⊘

/**
 * Returns the parts to place and { setAnalysis, setAblation, data, labels, failed, update }.
 * onChange(patch) asks the explorer for a new view state.
 */
export function createExplaining({ onChange }) {
  let analysis = null;
  let ablation = null; // { key, data?, result?, pending?, error? } from the page
  let state = null;
  const toggleAblate = (layer, neuron) => onChange({ ablate: toggleNeuron(state.ablate, layer, neuron) });
  const panel = createAnalysisPanel({
    onSelect: onChange,
    onToggleAblate: toggleAblate,
    onAddCase: (sequence) => onChange({ seq: [...state.seq.filter((s) => s !== sequence), sequence], sel: sequence }),
    onPanel: (open) => onChange({ panel: open }),
  });
  const bar = createInterventionBar({ onChange });
  const toggle = createNeuronToggle({ onToggle: toggleAblate });
  const detailLabel = el('p', { class: 'ex-detail-label' });

  /** The answer to the intervention the state asks for, if it is the one in hand. */
  function current(s) {
    const key = interventionKey(s);
    return key && ablation?.key === key ? ablation : null;
  }

  /** The traces to draw: the ablated network's when its answer is in, else the intact ones. */
  function data(intact, s) {
    return current(s)?.data ?? intact;
  }

  /** Heatmap row labels from the analysis ("#9 a's - b's"), ablated rows marked; null without an analysis. */
  function labels(s, hidden) {
    const words = rowLabels(analysis, s.layer, s.quantity, hidden);
    if (!words) return null;
    return words.map((w, n) => (isAblated(s.ablate, s.layer, n) ? HELD + w : w));
  }

  /** The sequences whose evaluation case fails under the intervention. */
  function failed(s) {
    return new Set((current(s)?.result?.failures ?? []).map((f) => f.sequence));
  }

  function update(s, layers) {
    state = s;
    panel.update({ analysis, state: s, layers });
    const answer = current(s);
    bar.update({ state: s, layers, result: answer?.result, pending: ablation?.pending && isIntervening(s), error: answer?.error });
    toggle.update({ state: s, layers });
    detailLabel.textContent = detailLine(analysis, s.layer, s.neuron);
    detailLabel.hidden = !detailLabel.textContent;
  }

  return {
    panel: panel.element, bar: bar.element, toggle: toggle.element, detailLabel,
    setAnalysis: (a) => { analysis = a; },
    setAblation: (a) => { ablation = a; },
    analysis: () => analysis,
    data, labels, failed, update,
  };
}
