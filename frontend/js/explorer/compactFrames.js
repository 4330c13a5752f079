// Activations frames in their compact binary form, format 1 (README "Live training"; the server's
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
  const stream = new Blob([bytes.subarray(5)]).stream().pipeThrough(new DecompressionStream('deflate'));
  return decodeInflated(new Uint8Array(await new Response(stream).arrayBuffer()));
}

function reader(bytes) {
  let at = 0;
  const unsigned = () => {
    let value = 0;
    for (let scale = 1; ; scale *= 128) {
      if (at >= bytes.length) throw new Error('the frame ends inside a number');
      const b = bytes[at++];
      value += (b & 0x7f) * scale;
      if (b < 0x80) return value;
    }
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
  // units[s][l][k]: Int32Array(steps * hidden), k in the frame's quantity order
  const units = texts.map((text) => Array.from({ length: layers }, () => quantities.map(() => new Int32Array(text.length * hidden))));
  const q = Object.fromEntries(quantities.map((name, k) => [name, k]));
  for (let l = 0; l < layers; l++) {
    for (let k = 0; k < quantities.length; k++) {
      const relation = lstm[l] ? quantities[k] : null;
      for (let n = 0; n < hidden; n++) {
        for (let s = 0; s < texts.length; s++) {
          const v = units[s][l];
          const own = v[k];
          const context = ctx[s];
          for (let t = 0, at = n; t < context.length; t++, at += hidden) {
            let p;
            if (relation === 'cell') {
              const previous = t === 0 ? 0 : own[at - hidden];
              const sum = v[q.forget][at] * previous + v[q.input][at] * v[q.candidate][at];
              p = Math.floor((sum + scale / 2) / scale);
            } else if (relation === 'hidden') {
              p = Math.floor(v[q.output][at] * tanh(v[q.cell][at] / scale) + 0.5);
            } else {
              p = context[t] < 0 ? 0 : own[context[t] * hidden + n];
            }
            own[at] = (p + r.signed()) | 0;
          }
        }
      }
    }
  }
  const value = (u) => (u === NAN ? NaN : u === POSITIVE_INFINITY ? Infinity : u === NEGATIVE_INFINITY ? -Infinity : u / scale);
  const sequences = texts.map((text, s) => {
    const chars = Array.from({ length: text.length }, (_, t) => text[t]);
    const values = units[s].map((byQuantity) => Object.fromEntries(quantities.map((name, k) => {
      const out = new Float32Array(byQuantity[k].length);
      for (let i = 0; i < out.length; i++) out[i] = value(byQuantity[k][i]);
      return [name, out];
    })));
    const preds = predictions[s].map(([code, p], t) => {
      const char = String.fromCharCode(code);
      const actual = t + 1 < chars.length ? chars[t + 1] : END;
      return { char, probability: value(p), actual, wrong: char !== actual };
    });
    return { text, chars, steps: chars.length, values, predictions: preds };
  });
  return { step, data: { layers, hidden, sequences } };
}
