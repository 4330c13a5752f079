// Activations frames in their compact binary form, format 2 (docs/wire-format.md; the server's
// runs/CompactActivations writes them). Pure module: decodes into the same { layers, hidden, quantities,
// sequences } as decodeTraces in frames.js. The frame names its cell's quantities and the relations that
// make some of them from others. Each value is an integer of 10^-decimals units, sent as its difference
// from a prediction made on values already decoded; the predictions repeat runs/Predictions.java
// operation for operation, so both sides make the same integers.

import { END } from './format.js';
import { contexts, byCharacter, FORMS, streamOrder } from './framePredictions.js';

const MAGIC = 'LXAF';
const VERSION = 2;
const NAN = -2147483648;
const POSITIVE_INFINITY = 2147483647;
const NEGATIVE_INFINITY = -2147483647;

/** True if `bytes` (a Uint8Array) is a compact activations frame (of any format version). */
export function isCompactFrame(bytes) {
  return bytes.length > 5 && String.fromCharCode(...bytes.subarray(0, 4)) === MAGIC;
}

/** Inflates and decodes a frame; resolves to { step, data }. */
export async function decodeCompactFrame(bytes) {
  if (!isCompactFrame(bytes)) throw new Error('not a compact activations frame');
  if (bytes[4] !== VERSION) throw new Error(`activations frame format ${bytes[4]} is not this page's (${VERSION}); reload it`);
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

function readRelations(r, count) {
  return Array.from({ length: r.unsigned() }, () => {
    const code = r.unsigned();
    const form = FORMS[code] ?? fail(`the frame has a relation of unknown form ${code}`);
    const target = r.unsigned();
    const operands = Array.from({ length: form.operands }, r.unsigned);
    if ([target, ...operands].some((k) => k >= count)) fail('a relation of the frame names a quantity it does not have');
    return { target, operands, decode: form.decode };
  });
}

function fail(message) {
  throw new Error(message);
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
  const quantities = Array.from({ length: r.unsigned() }, () => ({ id: r.text(), label: r.text(), kind: r.text(), carried: r.unsigned() === 1 }));
  const relations = readRelations(r, quantities.length);
  const order = streamOrder(quantities.length, relations);
  const relationOf = Object.fromEntries(relations.map((rel) => [rel.target, rel]));
  const predicted = Array.from({ length: layers }, () => r.unsigned() === 1);
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
  for (let l = 0; l < layers; l++) {
    for (const k of order) {
      const relation = predicted[l] ? relationOf[k] : undefined;
      for (let n = 0; n < hidden; n++) {
        for (let s = 0; s < texts.length; s++) {
          const v = units[s][l];
          if (relation) relation.decode(r, v[k], relation.operands.map((x) => v[x]), texts[s].length, n, hidden, scale);
          else byCharacter(r, v[k], ctx[s], n, hidden);
        }
      }
    }
  }
  toNumbers(allUnits, allNumbers, scale);
  const sequences = texts.map((text, s) => {
    const chars = Array.from({ length: text.length }, (_, t) => text[t]);
    const values = views[s].map((byQuantity) => Object.fromEntries(quantities.map(({ id }, k) => [id, byQuantity[k][1]])));
    const preds = predictions[s].map(([code, p], t) => {
      const char = String.fromCharCode(code);
      const actual = t + 1 < chars.length ? chars[t + 1] : END;
      return { char, probability: number(p, scale), actual, wrong: char !== actual };
    });
    return { text, chars, steps: chars.length, values, predictions: preds };
  });
  return { step, data: { layers, hidden, quantities, sequences } };
}
