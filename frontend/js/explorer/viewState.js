// The explorer's whole view state lives in the query string, described by ONE table of properties.
// Adding a property to the view means adding a row here; parsing, writing and sharing follow.
// Pure module apart from writeViewState (history.replaceState).

import { SCALE_MODES } from './colors.js';
import { ABLATION_MODES, parseNeuronList, formatNeuronList } from './ablation.js';

/** Which sequences the strips show: every one, the user's own, or the network's probes. */
export const LINE_CHOICES = ['all', 'yours', 'network'];
/** Whether the "What the neurons do" panel is open. */
export const PANEL_STATES = ['open', 'closed'];

const int = {
  parse: ([v]) => (/^\d{1,6}$/.test(v ?? '') ? Number(v) : undefined),
  format: (v) => [String(v)],
};
const oneOf = (values) => ({
  parse: ([v]) => (values.includes(v) ? v : undefined),
  format: (v) => [v],
});
// A quantity id as cells name them ("forget"); whether the network has it is known only with its data,
// where the explorer falls back to the network's own default (quantities.js).
const id = {
  parse: ([v]) => (/^[a-z][a-z0-9_]{0,31}$/.test(v ?? '') ? v : undefined),
  format: (v) => [v],
};
const text = {
  parse: ([v]) => (v === undefined || v === '' ? undefined : v),
  format: (v) => [v],
};
const number = {
  parse: ([v]) => (/^-?\d{1,6}(\.\d{1,6})?$/.test(v ?? '') ? Number(v) : undefined),
  format: (v) => [String(v)],
};
const neurons = {
  parse: ([v]) => parseNeuronList(v),
  format: (v) => [formatNeuronList(v)],
};
const texts = {
  parse: (vs) => vs.filter((v) => v !== ''),
  format: (vs) => vs,
};

/** Every property of the view: URL key, codec, default, what it means. */
export const VIEW_PROPERTIES = [
  { key: 'layer', codec: int, default: 0, doc: 'layer shown (0-based)' },
  { key: 'neuron', codec: int, default: 0, doc: 'selected neuron of that layer (0-based)' },
  { key: 'quantity', codec: id, default: null, doc: 'quantity shown, by its id in the data; default the first the cell carries' },
  { key: 'scale', codec: oneOf(SCALE_MODES), default: 'neuron', doc: 'a state\'s colour scale (an LSTM\'s cell): per neuron or global' },
  { key: 'seq', codec: texts, default: [], doc: 'sequences added by the user (repeatable)' },
  { key: 'sel', codec: text, default: null, doc: 'the sequence shown in the heatmap and detail (default: the longest)' },
  { key: 'prefix', codec: texts, default: [], doc: '"<typed length>:<sequence>": a typed prefix, maybe continued by the network (repeatable)' },
  { key: 'lines', codec: oneOf(LINE_CHOICES), default: 'all', doc: 'which sequences the strips show: all, yours or the network\'s' },
  { key: 'ablate', codec: neurons, default: [], doc: 'neurons held by the intervention, "layer.neuron" comma-separated (0.9,0.3)' },
  { key: 'mode', codec: oneOf(ABLATION_MODES), default: 'zero', doc: `how they are held: ${ABLATION_MODES.join(' | ')}` },
  { key: 'value', codec: number, default: null, doc: 'the cell value a clamp holds them at' },
  { key: 'panel', codec: oneOf(PANEL_STATES), default: 'open', doc: '"What the neurons do" panel: open or closed' },
];

/** True when `search` names any view property: the URL then decides the view, not the analysis' focus. */
export function hasViewState(search) {
  const params = new URLSearchParams(search);
  return VIEW_PROPERTIES.some((p) => params.has(p.key));
}

const KEYS = new Set(VIEW_PROPERTIES.map((p) => p.key));
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/** The default view. */
export function defaultViewState() {
  return Object.fromEntries(VIEW_PROPERTIES.map((p) => [p.key, structuredClone(p.default)]));
}

/** Reads a query string ("?layer=1&seq=aaXbb&seq=aXb") into a full state; bad values fall back to defaults. */
export function parseViewState(search) {
  const params = new URLSearchParams(search);
  const state = defaultViewState();
  for (const p of VIEW_PROPERTIES) {
    const raw = params.getAll(p.key);
    if (raw.length === 0) continue;
    const value = p.codec.parse(raw);
    if (value !== undefined) state[p.key] = value;
  }
  return state;
}

/**
 * Writes `state` as a query string without the leading "?", in table order, leaving out defaults.
 * Parameters that are not view properties (in `keep`) are kept after them.
 */
export function serializeViewState(state, keep = '') {
  const params = new URLSearchParams();
  for (const p of VIEW_PROPERTIES) {
    const value = state[p.key];
    if (value === undefined || value === null || same(value, p.default)) continue;
    for (const v of p.codec.format(value)) params.append(p.key, v);
  }
  for (const [k, v] of new URLSearchParams(keep)) {
    if (!KEYS.has(k)) params.append(k, v);
  }
  return params.toString();
}

/** The URL (path + query + hash) that shows `state`, for a location-like object. */
export function viewUrl(location, state) {
  const query = serializeViewState(state, location.search);
  return location.pathname + (query ? `?${query}` : '') + (location.hash ?? '');
}

/** Replaces the current URL in place (no new history entry) with the one that shows `state`. */
export function writeViewState(state, win = globalThis.window) {
  const url = viewUrl(win.location, state);
  if (url !== win.location.pathname + win.location.search + win.location.hash) {
    win.history.replaceState(win.history.state, '', url);
  }
}
