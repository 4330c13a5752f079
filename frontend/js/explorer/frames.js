// Decoding of traces (POST .../traces) and STOMP frames (/topic/runs/{id}) into the flat typed
// arrays the views draw from. Pure module.
//
// A decoded sequence holds, per layer and quantity, one Float32Array of steps x neurons:
//   values[layer][quantity id][step * hidden + neuron]
// so a frame of 50 sequences x 20 steps x 20 neurons is 6,000 floats per quantity, read without
// chasing nested JSON arrays on every redraw. The decoded data also carries `quantities`, the cell's
// descriptions (quantities.js), which say which ids there are and in what order.

import { END } from './format.js';
import { TraceFormatError, fail, describeQuantities } from './quantities.js';

export { TraceFormatError };

/**
 * Decodes `traces` (docs/api.md's <trace> objects) into { layers, hidden, quantities, sequences };
 * `quantities` is the answer's description of their layers' keys.
 */
export function decodeTraces(traces, quantities) {
  if (!Array.isArray(traces)) fail('traces must be an array');
  const described = traces.length === 0 && !quantities?.length ? [] : describeQuantities(quantities);
  let layers = -1;
  let hidden = -1;
  const sequences = traces.map((trace, s) => {
    const steps = trace?.steps;
    if (!Array.isArray(steps)) fail(`trace ${s} has no steps array`);
    if (steps.length === 0) return decodeOne(trace, s, Math.max(layers, 0), Math.max(hidden, 0), described);
    const first = steps[0].layers;
    if (!Array.isArray(first) || first.length === 0) fail(`trace ${s} step 0 has no layers`);
    if (layers < 0) {
      layers = first.length;
      const id = described[0].id;
      hidden = first[0][id]?.length ?? fail(`trace ${s} step 0 layer 0 has no ${id} values`);
    }
    return decodeOne(trace, s, layers, hidden, described);
  });
  return { layers: Math.max(layers, 0), hidden: Math.max(hidden, 0), quantities: described, sequences };
}

function decodeOne(trace, s, layers, hidden, quantities) {
  const n = trace.steps.length;
  const chars = trace.steps.map((step, i) => {
    if (typeof step.char !== 'string' || step.char.length === 0) fail(`trace ${s} step ${i} has no char`);
    return step.char;
  });
  const values = [];
  for (let l = 0; l < layers; l++) {
    const byQuantity = {};
    for (const { id: q } of quantities) {
      const out = new Float32Array(n * hidden);
      for (let i = 0; i < n; i++) {
        const v = trace.steps[i].layers?.[l]?.[q];
        if (!v || v.length !== hidden) {
          fail(`trace ${s} step ${i} layer ${l} ${q} has ${v ? v.length : 'no'} values, expected ${hidden}`);
        }
        out.set(v, i * hidden);
      }
      byQuantity[q] = out;
    }
    values.push(byQuantity);
  }
  const predictions = trace.steps.map((step, i) => {
    const actual = i + 1 < n ? chars[i + 1] : END;
    const p = step.prediction;
    if (!p) return null;
    return { char: p.char, probability: p.probability, actual, wrong: p.char !== actual };
  });
  const text = typeof trace.sequence === 'string' ? trace.sequence : chars.join('');
  return { text, chars, steps: n, values, predictions };
}

/** The value of one neuron at one step. */
export function valueAt(data, seqIndex, layer, quantity, step, neuron) {
  return data.sequences[seqIndex].values[layer][quantity][step * data.hidden + neuron];
}

/** Per neuron of `layer`, the largest |value| of quantity `id` over every decoded sequence (for a state's scale). */
export function maxByNeuron(data, layer, id) {
  const max = new Float32Array(data.hidden);
  for (const seq of data.sequences) {
    const c = seq.values[layer]?.[id];
    if (!c) continue;
    for (let i = 0; i < c.length; i++) {
      const n = i % data.hidden;
      const a = Math.abs(c[i]);
      if (a > max[n]) max[n] = a;
    }
  }
  return max;
}

/**
 * A STOMP frame body (a JSON string or object) as { type, ... }: progress frames keep their numbers,
 * activation frames get their traces decoded, anything else is { type: 'unknown' } so a newer server
 * never breaks an older page.
 */
export function decodeFrame(body) {
  const frame = typeof body === 'string' ? JSON.parse(body) : body;
  if (frame?.type === 'activations') {
    return { type: 'activations', step: frame.step, data: decodeTraces(frame.traces, frame.quantities) };
  }
  if (frame?.type === 'progress' || frame?.type === 'status' || frame?.type === 'final') {
    return { ...frame, type: 'progress' };
  }
  return { type: 'unknown', frame };
}
