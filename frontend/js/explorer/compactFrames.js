// Activations frames in their compact binary form, format 1 (docs/wire-format.md; the server's
// runs/CompactActivations writes them). Pure module: decodes into the same { layers, hidden, sequences }
// as decodeTraces in frames.js. Each value is an integer of 10^-decimals units, sent as its difference
// from a prediction made on values already decoded; the predictions repeat runs/Predictions.java
// operation for operation, so both sides make the same integers.

import { END } from './format.js';

const MAGIC = 'LXAF';
const NAN = -2147483648;
const POSITIVE_INFINITY = 2147483647;
const NEGATIVE_INFINITY = -2147483647;
const LN2 = 0.6931471805599453;

/** True if `bytes` (a Uint8Array) is a format-1 activations frame. */
export function isCompactFrame(bytes) {
  return bytes.length > 5 && String.fromCharCode(...bytes.subarray(0, 4)) === MAGIC;
}

/** Inflates and decodes a frame; resolves to { step, data }. */
export async function decodeCompactFrame(bytes) {
  if (!isCompactFrame(bytes)) throw new Error('not a compact activations frame');
  if (bytes[4] !== 1) throw new Error(`activations frame format ${bytes[4]} is newer than this page; reload it`);
  return decodeInflated(await inflate(bytes.subarray(5)));
}

/**
 * The zlib stream inflated. Written straight into a DecompressionStream and read back in chunks: no
 * Blob, whose reading goes through the browser process, and no Response (fewer turns of the event loop).
 */
async function inflate(bytes) {
  const stream = new DecompressionStream('deflate');
  const writer = stream.writable.getWriter();
  writer.write(bytes).catch(() => {}); // a failure also fails the reads below, which report it
  writer.close().catch(() => {});
  const reader = stream.readable.getReader();
  const chunks = [];
  let length = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    chunks.push(chunk.value);
    length += chunk.value.length;
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(length);
  chunks.reduce((at, chunk) => (out.set(chunk, at), at + chunk.length), 0);
  return out;
}

function reader(bytes) {
  let at = 0;
  const longer = (first) => { // a number of more than one byte, or none left
    if (first === undefined) throw new Error('the frame ends inside a number');
    let value = first & 0x7f;
    for (let scale = 128; ; scale *= 128) {
      if (at >= bytes.length) throw new Error('the frame ends inside a number');
      const b = bytes[at++];
      value += (b & 0x7f) * scale;
      if (b < 0x80) return value;
    }
  };
  const unsigned = () => {
    const b = bytes[at++];
    return b < 0x80 ? b : longer(b);
  };
  const decoder = new TextDecoder();
  return {
    unsigned,
    signed: () => {
      const z = unsigned();
      return (z >>> 1) ^ -(z & 1);
    },
    text: () => {
      const n = unsigned();
      at += n;
      return decoder.decode(bytes.subarray(at - n, at));
    },
  };
}

/** For each step, the step whose value predicts it: the latest earlier one with the same character, else the one before. */
export function contexts(sequence) {
  const last = new Map();
  const context = new Int32Array(sequence.length);
  for (let t = 0; t < sequence.length; t++) {
    const c = sequence[t];
    context[t] = last.has(c) ? last.get(c) : t - 1;
    last.set(c, t);
  }
  return context;
}

export function exp(y) {
  let k = Math.floor(y / LN2 + 0.5);
  const r = y - k * LN2;
  let sum = 1;
  for (let i = 16; i >= 1; i--) sum = 1 + (r / i) * sum;
  for (; k > 0; k--) sum *= 2;
  for (; k < 0; k++) sum /= 2;
  return sum;
}

export function tanh(x) {
  if (x > 20) return 1;
  if (x < -20) return -1;
  const e = exp(2 * x);
  return (e - 1) / (e + 1);
}

// The values of one neuron over one sequence, each its prediction plus the next residual: small
// functions called for every (neuron, sequence), so the engine optimises them whatever the frame's size.
// `at` starts at the neuron, steps are `hidden` apart.
function byCharacter(r, own, context, n, hidden) {
  for (let t = 0, at = n; t < context.length; t++, at += hidden) {
    const p = context[t] < 0 ? 0 : own[context[t] * hidden + n];
    own[at] = (p + r.signed()) | 0;
  }
}

function cellRelation(r, own, f, i, g, steps, n, hidden, scale) { // c = f c' + i g
  const half = scale / 2;
  for (let t = 0, at = n; t < steps; t++, at += hidden) {
    const previous = t === 0 ? 0 : own[at - hidden];
    own[at] = (Math.floor((f[at] * previous + i[at] * g[at] + half) / scale) + r.signed()) | 0;
  }
}

function hiddenRelation(r, own, o, c, steps, n, hidden, scale) { // h = o tanh c
  for (let t = 0, at = n; t < steps; t++, at += hidden) {
    own[at] = (Math.floor(o[at] * tanh(c[at] / scale) + 0.5) + r.signed()) | 0;
  }
}

/** An integer of 1/scale units as a number (the reserved integers as NaN and the infinities). */
function number(u, scale) {
  if (u > NEGATIVE_INFINITY && u < POSITIVE_INFINITY) return u / scale;
  return u === NAN ? NaN : u === POSITIVE_INFINITY ? Infinity : -Infinity;
}

function toNumbers(units, out, scale) {
  for (let i = 0; i < units.length; i++) out[i] = number(units[i], scale);
}

function decodeInflated(bytes) {
  const r = reader(bytes);
  const step = r.unsigned();
  const decimals = r.unsigned();
  const scale = 10 ** decimals;
  const layers = r.unsigned();
  const hidden = r.unsigned();
  const quantities = Array.from({ length: r.unsigned() }, r.text);
  const lstm = Array.from({ length: layers }, () => r.unsigned() === 1);
  const texts = Array.from({ length: r.unsigned() }, r.text);
  const predictions = texts.map((text) => Array.from(text, () => [r.unsigned(), r.signed()]));
  const ctx = texts.map(contexts);
  // All integers in one array and all numbers in another (two allocations, not two per sequence, layer
  // and quantity); units[s][l][k] and numbers[s][l][k] are views of steps * hidden values.
  const size = texts.reduce((sum, text) => sum + text.length * hidden, 0) * layers * quantities.length;
  const allUnits = new Int32Array(size);
  const allNumbers = new Float32Array(size);
  let offset = 0;
  const views = texts.map((text) => Array.from({ length: layers }, () => quantities.map(() => {
    const view = [allUnits.subarray(offset, offset + text.length * hidden), allNumbers.subarray(offset, offset + text.length * hidden)];
    offset += text.length * hidden;
    return view;
  })));
  const units = views.map((byLayer) => byLayer.map((byQuantity) => byQuantity.map(([u]) => u)));
  const q = Object.fromEntries(quantities.map((name, k) => [name, k]));
  for (let l = 0; l < layers; l++) {
    for (let k = 0; k < quantities.length; k++) {
      const relation = lstm[l] ? quantities[k] : null;
      for (let n = 0; n < hidden; n++) {
        for (let s = 0; s < texts.length; s++) {
          const v = units[s][l];
          const steps = texts[s].length;
          if (relation === 'cell') cellRelation(r, v[k], v[q.forget], v[q.input], v[q.candidate], steps, n, hidden, scale);
          else if (relation === 'hidden') hiddenRelation(r, v[k], v[q.output], v[q.cell], steps, n, hidden, scale);
          else byCharacter(r, v[k], ctx[s], n, hidden);
        }
      }
    }
  }
  toNumbers(allUnits, allNumbers, scale);
  const sequences = texts.map((text, s) => {
    const chars = Array.from({ length: text.length }, (_, t) => text[t]);
    const values = views[s].map((byQuantity) => Object.fromEntries(quantities.map((name, k) => [name, byQuantity[k][1]])));
    const preds = predictions[s].map(([code, p], t) => {
      const char = String.fromCharCode(code);
      const actual = t + 1 < chars.length ? chars[t + 1] : END;
      return { char, probability: number(p, scale), actual, wrong: char !== actual };
    });
    return { text, chars, steps: chars.length, values, predictions: preds };
  });
  return { step, data: { layers, hidden, sequences } };
}
