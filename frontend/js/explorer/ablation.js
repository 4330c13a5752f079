// The intervention the view asks for: which neurons are held (`ablate`), how (`mode`: zero, mean or
// clamp) and at what value (`value`, clamp only), as the view state keeps them and as
// POST .../ablate wants them. Pure module.

/** How a held neuron is held (docs/analysis.md, Ablation). */
export const ABLATION_MODES = ['zero', 'mean', 'clamp'];

/** The most neurons a URL may hold (the server's own limit, max-ablated-neurons, is checked there). */
const MAX_LISTED = 256;

/** "0.9,1.3" (layer.neuron, comma-separated) to [{layer: 0, neuron: 9}, {layer: 1, neuron: 3}]; undefined if malformed. */
export function parseNeuronList(text) {
  if (typeof text !== 'string' || !/^\d{1,4}\.\d{1,6}(,\d{1,4}\.\d{1,6})*$/.test(text)) return undefined;
  const refs = text.split(',').map((t) => {
    const [layer, neuron] = t.split('.').map(Number);
    return { layer, neuron };
  });
  const unique = refs.filter((r, i) => refs.findIndex((o) => sameNeuron(o, r)) === i);
  return unique.length <= MAX_LISTED ? unique : undefined;
}

export function formatNeuronList(refs) {
  return refs.map((r) => `${r.layer}.${r.neuron}`).join(',');
}

export const sameNeuron = (a, b) => a.layer === b.layer && a.neuron === b.neuron;

export function isAblated(refs, layer, neuron) {
  return refs.some((r) => sameNeuron(r, { layer, neuron }));
}

/** `refs` with neuron (layer, neuron) added, or taken out when it is there; in layer, neuron order. */
export function toggleNeuron(refs, layer, neuron) {
  const next = isAblated(refs, layer, neuron)
    ? refs.filter((r) => !sameNeuron(r, { layer, neuron }))
    : [...refs, { layer, neuron }];
  return next.sort((a, b) => a.layer - b.layer || a.neuron - b.neuron);
}

/** True when the state asks for an intervention the server can carry out (clamp needs a value). */
export function isIntervening(state) {
  return state.ablate.length > 0 && (state.mode !== 'clamp' || Number.isFinite(state.value));
}

/** The body of POST .../ablate for the view state, tracing `sequences`. */
export function ablateRequest(state, sequences) {
  const body = { neurons: state.ablate.map(({ layer, neuron }) => ({ layer, neuron })), mode: state.mode, sequences };
  if (state.mode === 'clamp') body.value = state.value;
  return body;
}

/** A key that changes exactly when the intervention does: a cached answer is reused only under the same key. */
export function interventionKey(state) {
  return isIntervening(state) ? `${formatNeuronList(state.ablate)}|${state.mode}|${state.mode === 'clamp' ? state.value : ''}` : '';
}

/** "#9", or "L1 #9" in a network of several layers. */
export function neuronName({ layer, neuron }, layers) {
  return layers > 1 ? `L${layer} #${neuron}` : `#${neuron}`;
}
