// What the analysis says about a neuron, in the few words a heatmap row or a panel line has room for.
// Pure module: it reads the analysis JSON (GET .../analysis) and writes text.

import { displayChar } from './format.js';

/** |r| from which a neuron is said to track a latent (the analysis' own threshold for its labels). */
export const TRACKS = 0.5;

const find = (rows, layer, neuron, quantity) =>
  rows?.find((r) => r.layer === layer && r.neuron === neuron && r.quantity === quantity);

/** "a's - b's" when the quantity tracks a latent, else "high on b" / "before ⏎" from its character label, else null. */
export function shortLabel(analysis, layer, neuron, quantity) {
  const fit = find(analysis?.labels, layer, neuron, quantity);
  if (fit && Math.abs(fit.r) >= TRACKS) return fit.latent;
  const chars = find(analysis?.characterLabels, layer, neuron, quantity);
  if (!chars) return null;
  return chars.by === 'next' ? `before ${displayChar(chars.high)}` : `high on ${displayChar(chars.high)}`;
}

/** One label per neuron of `layer` for `quantity`, "#9 a's - b's", for the heatmap's rows; null without an analysis. */
export function rowLabels(analysis, layer, quantity, hidden) {
  if (!analysis) return null;
  return Array.from({ length: hidden }, (_, n) => {
    const words = shortLabel(analysis, layer, n, quantity);
    return words ? `#${n} ${words}` : `#${n}`;
  });
}

/** The ranking's entry for a neuron (rank, label, r, ablatedAccuracy...), or undefined. */
export function summaryOf(analysis, layer, neuron) {
  return analysis?.neurons?.find((s) => s.layer === layer && s.neuron === neuron);
}

/** "r = −0.98", with a real minus; "" without a fit. */
export function formatR(r) {
  if (!Number.isFinite(r)) return '';
  return `r = ${r < 0 ? '\u2212' : ''}${Math.abs(r).toFixed(2)}`;
}

/** A whole percentage of an accuracy in [0, 1]: "10%". */
export function percent(accuracy) {
  return Number.isFinite(accuracy) ? `${Math.round(accuracy * 100)}%` : '\u2013';
}

/** The neuron detail's line: "cell tracks a's - b's (r = −0.98, −0.90 per unit) · without it: accuracy 100% → 10%". */
export function detailLine(analysis, layer, neuron) {
  const s = summaryOf(analysis, layer, neuron);
  if (!s) return '';
  const cost = `without it: accuracy ${percent(analysis.baseline?.accuracy)} \u2192 ${percent(s.ablatedAccuracy)}`;
  return `${s.label.replace(/-(?=\d)/g, '\u2212')} \u00B7 ${cost} (rank ${s.rank} of ${analysis.neurons.length})`;
}
