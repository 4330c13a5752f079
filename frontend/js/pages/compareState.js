// The compare page's state, all of it in its URL (?task=counting&cells=lstm,gru,rnn&seed=1&steps=3000
// &pace=250&id=...), and what the page reads from each member's analysis. Pure module.

const FIELDS = ['task', 'cells', 'seed', 'steps', 'pace', 'id'];

const integer = (text) => (text != null && /^-?\d+$/.test(text.trim()) ? Number(text) : null);

/**
 * The state a query string names: `pace` is a number of steps per second, 'full' for full speed, or
 * null when the URL does not say; a field it does not name (or names badly) is null ([] for cells).
 */
export function parseCompareState(search) {
  const q = new URLSearchParams(search);
  const pace = q.get('pace');
  return {
    task: q.get('task') || null,
    cells: (q.get('cells') ?? '').split(',').map((c) => c.trim()).filter(Boolean),
    seed: integer(q.get('seed')),
    steps: integer(q.get('steps')),
    pace: pace === 'full' ? 'full' : integer(pace),
    id: q.get('id') || null,
  };
}

/** The query string of a state, fields in a fixed order, the cells' commas left readable; "" when empty. */
export function serializeCompareState(state) {
  return FIELDS.filter((f) => (f === 'cells' ? state.cells?.length : state[f] != null && state[f] !== ''))
    .map((f) => `${f}=${f === 'cells' ? state.cells.map(encodeURIComponent).join(',') : encodeURIComponent(state[f])}`)
    .join('&');
}

/** The body of POST /api/comparisons for a state (what it leaves out takes the task's defaults). */
export function comparisonRequest(state) {
  const body = { task: state.task, cells: state.cells };
  if (state.seed != null) body.seed = state.seed;
  if (state.steps != null) body.maxSteps = state.steps;
  if (Number.isFinite(state.pace)) body.stepsPerSecond = state.pace;
  return body;
}

/** The state that reopens a comparison as the API answers it (live or saved). */
export function stateOfComparison(comparison) {
  return {
    task: comparison.task,
    cells: comparison.members.map((m) => m.cell),
    seed: comparison.config.seed,
    steps: comparison.config.maxSteps,
    pace: comparison.config.stepsPerSecond ?? 'full',
    id: comparison.id,
  };
}

/** For each latent of an analysis, the label that tracks it best (largest |r|): [{latent, layer, neuron, quantity, r}]. */
export function bestLabels(analysis) {
  return (analysis?.latents ?? []).map((latent) => {
    let best = null;
    for (const label of analysis.labels ?? []) {
      if (label.latent === latent && Number.isFinite(label.r) && (!best || Math.abs(label.r) > Math.abs(best.r))) best = label;
    }
    return best && { latent, layer: best.layer, neuron: best.neuron, quantity: best.quantity, r: best.r };
  }).filter(Boolean);
}

/** "#9 cell" for a one-layer network, "layer 1 #9 cell" for a deeper one. */
export function neuronName({ layer, neuron, quantity }, layers = 1) {
  return `${layers > 1 ? `layer ${layer} ` : ''}#${neuron} ${quantity}`;
}

/** An analysis' sweep as {variable, trainedMax, points: [{length, accuracy}]}, or null (copy, custom). */
export function sweepOf(analysis) {
  if (!analysis?.sweep?.length || !analysis.sweepVariable) return null;
  return {
    variable: analysis.sweepVariable,
    trainedMax: analysis.trainedMax,
    points: analysis.sweep.map(({ length, accuracy }) => ({ length, accuracy })),
  };
}
