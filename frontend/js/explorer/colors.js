// Colour scales of the explorer: which colour a neuron's value gets, for every quantity, by the kind
// its cell gives it (quantities.js).
//
// Activations (an LSTM's hidden state and candidate) are signed, in (-1, 1): a diverging scale, red for
// -1, white for 0, blue for +1. Gates live in (0, 1): a sequential scale from white (closed) to dark
// green (open). A state (an LSTM's cell) is signed and unbounded (a counting neuron reaches ~10), so its
// diverging domain is either per neuron (each neuron scaled to its own largest |value|) or global (one
// domain for the whole layer); neither ever goes below +-1, so a quiet neuron is not blown up into noise.
//
// Pure module (no DOM, no d3): the views use it, node --test tests it.

import { isGate, isState } from './quantities.js';

export const SCALE_MODES = ['neuron', 'global'];

// red -1 .. white 0 .. blue +1 (ColorBrewer RdBu with a pure white centre)
export const DIVERGING_STOPS = ['#b2182b', '#d6604d', '#f4a582', '#fddbc7', '#ffffff',
  '#d1e5f0', '#92c5de', '#4393c3', '#2166ac'];
// white 0 .. dark green 1 (ColorBrewer Greens)
export const SEQUENTIAL_STOPS = ['#ffffff', '#e5f5e0', '#c7e9c0', '#a1d99b', '#74c476',
  '#41ab5d', '#238b45', '#006d2c', '#00441b'];

// Odd, so that the middle entry is exactly the centre stop (white for 0 on the diverging scale).
const LUT_SIZE = 257;

function parseHex(hex) {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** A colour ramp through `stops`, precomputed as a lookup table of LUT_SIZE RGB triples. */
export function ramp(stops) {
  const rgbStops = stops.map(parseHex);
  const lut = new Uint8ClampedArray(LUT_SIZE * 3);
  for (let i = 0; i < LUT_SIZE; i++) {
    const x = (i / (LUT_SIZE - 1)) * (rgbStops.length - 1);
    const k = Math.min(Math.floor(x), rgbStops.length - 2);
    const f = x - k;
    for (let c = 0; c < 3; c++) {
      lut[i * 3 + c] = Math.round(rgbStops[k][c] * (1 - f) + rgbStops[k + 1][c] * f);
    }
  }
  return lut;
}

const DIVERGING_LUT = ramp(DIVERGING_STOPS);
const SEQUENTIAL_LUT = ramp(SEQUENTIAL_STOPS);

/**
 * A scale maps a value to a position t in [0, 1] (clamped), a LUT index, and a CSS colour.
 * Diverging scales are symmetric around 0, so 0 is always white.
 */
export function makeScale(kind, max) {
  const diverging = kind === 'diverging';
  const lo = diverging ? -max : 0;
  const span = diverging ? 2 * max : max;
  const lut = diverging ? DIVERGING_LUT : SEQUENTIAL_LUT;
  const t = (v) => {
    if (!Number.isFinite(v)) return diverging ? 0.5 : 0;
    const x = (v - lo) / span;
    return x < 0 ? 0 : x > 1 ? 1 : x;
  };
  const index = (v) => Math.round(t(v) * (LUT_SIZE - 1));
  const rgb = (v) => {
    const i = index(v) * 3;
    return [lut[i], lut[i + 1], lut[i + 2]];
  };
  const css = (v) => {
    const [r, g, b] = rgb(v);
    return `rgb(${r},${g},${b})`;
  };
  // Dark backgrounds need light text to stay readable.
  const isDark = (v) => {
    const [r, g, b] = rgb(v);
    return 0.299 * r + 0.587 * g + 0.114 * b < 128;
  };
  return { kind, domain: [lo, max], lut, t, index, rgb, css, isDark, stops: diverging ? DIVERGING_STOPS : SEQUENTIAL_STOPS };
}

const UNIT_DIVERGING = makeScale('diverging', 1);
const UNIT_SEQUENTIAL = makeScale('sequential', 1);

/** Largest |value| in a Float32Array, or 0. */
export function maxAbs(values) {
  let m = 0;
  for (let i = 0; i < values.length; i++) {
    const a = Math.abs(values[i]);
    if (a > m) m = a;
  }
  return m;
}

/** The unit scale of a quantity's kind: sequential for a gate, diverging otherwise. */
export function unitScale(quantity) {
  return isGate(quantity) ? UNIT_SEQUENTIAL : UNIT_DIVERGING;
}

/**
 * The scale of every neuron for `quantity` (a description, quantities.js): returns neuron => scale.
 * `maxByNeuron[n]` is neuron n's largest |value| of that quantity over the sequences shown (used only for a state).
 */
export function neuronScales(quantity, mode, maxByNeuron) {
  if (!isState(quantity)) {
    const scale = unitScale(quantity);
    return () => scale;
  }
  if (mode === 'global') {
    const scale = makeScale('diverging', Math.max(1, ...maxByNeuron));
    return () => scale;
  }
  const scales = Array.from(maxByNeuron, (m) => makeScale('diverging', Math.max(1, m)));
  return (n) => scales[n] ?? UNIT_DIVERGING;
}

/**
 * The legends of views that show every quantity at once (the neuron detail), one per scale they use:
 * each state on its own (`stateScale(id)`, its scale for the neuron shown), the activations together
 * ("hidden, candidate"), the gates together.
 */
export function legendsByKind(quantities, stateScale) {
  const entries = quantities.filter(isState).map((q) => ({ caption: q.label, scale: stateScale(q.id) }));
  const activations = quantities.filter((q) => !isState(q) && !isGate(q));
  if (activations.length) entries.push({ caption: activations.map((q) => q.id).join(', '), scale: UNIT_DIVERGING });
  const gates = quantities.filter(isGate);
  if (gates.length) entries.push({ caption: gates.length === 1 ? gates[0].label : 'gates', scale: UNIT_SEQUENTIAL });
  return entries;
}

/** Marks and lines of the analysis charts (scatter, sweep) and the panel, beside the value scales. */
export const CHART = {
  point: '#4a4a4a', // a neuron in the saturation scatter
  selected: '#e65100', // the selected neuron, wherever it is marked
  held: '#b2182b', // an ablated neuron; a failed case
  line: '#2166ac', // accuracy along the sweep
  trained: '#e8eef5', // the lengths the network was trained on
  cost: '#d6604d', // what ablating a neuron costs, as a bar
};

/**
 * One colour per series where several networks are drawn together (the compare page's cells), told apart
 * by hue and by lightness (Okabe & Ito's colour-blind-safe palette, darkest first).
 */
export const SERIES = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9'];

/** The colour of series `k` (0-based), repeating past the palette's end. */
export const seriesColour = (k) => SERIES[((k % SERIES.length) + SERIES.length) % SERIES.length];
