// Geometry shared by the views of one sequence (heatmap, predictions, detail), so that their
// columns line up: step i of the sequence is the same column in all three. Pure module.

/** Room on the left of every step-aligned view for its row labels ("candidate", "#12"). */
export const LABEL_WIDTH = 66;
// 11 px still holds a 12 px monospace character, and lets the longest seed probe (25 steps) fit a phone.
const MIN_CELL = 11;
const MAX_CELL = 44;

/**
 * Columns for `steps` steps in `availableWidth` pixels: as wide as fits, between 11 and 44 px.
 * When even 11 px columns do not fit, the view is wider than available and its box scrolls.
 */
export function stepGeometry(steps, availableWidth, labelWidth = LABEL_WIDTH) {
  const fit = Math.floor((availableWidth - labelWidth - 4) / Math.max(steps, 1));
  const cellW = Math.max(MIN_CELL, Math.min(MAX_CELL, fit));
  return {
    left: labelWidth,
    cellW,
    steps,
    width: labelWidth + steps * cellW + 4,
    x: (i) => labelWidth + i * cellW,
    stepAt: (px) => Math.floor((px - labelWidth) / cellW),
  };
}

/** Widest room for worded row labels ("#9 a's - b's"); the width labels take at the least. */
const MAX_LABEL_WIDTH = 170;
const ROOMY_CELL = 18;

/**
 * Room for worded row labels: what is left once every step has an 18 px column, between the plain
 * labels' width and 170 px, so the labels never push a sequence that fitted into scrolling.
 */
export function labelRoom(steps, availableWidth) {
  return Math.max(LABEL_WIDTH, Math.min(MAX_LABEL_WIDTH, availableWidth - 4 - steps * ROOMY_CELL));
}

/**
 * Height of one neuron's row in the heatmap: tall rows for small layers, and never under 10 px, so
 * every row of a 128-neuron layer keeps a readable label and a row a pointer can hit.
 */
export function rowHeight(neurons) {
  if (neurons <= 24) return 16;
  if (neurons <= 48) return 12;
  return 10;
}

/** Font size (px) of a row's label: one px under the row, at most 11. */
export function labelFont(rowH) {
  return Math.min(11, rowH - 1);
}

/** Which neuron labels to write so they never overlap: every row while a 9 px label fits it. */
export function labelEvery(rowH) {
  return Math.max(1, Math.ceil(9 / rowH));
}
