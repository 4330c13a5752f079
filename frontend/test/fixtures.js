// Small hand-made traces in docs/api.md's shape, for the decoding and scale tests, with the quantities
// an answer describes them by: an LSTM's, as the server writes them, and a GRU's.

const describe = (id, label, kind, carried = false) => ({ id, label, kind, low: kind === 'gate' ? 0 : kind === 'state' ? null : -1,
  high: kind === 'state' ? null : 1, carried });

export const LSTM = [describe('cell', 'cell', 'state', true), describe('hidden', 'hidden state', 'activation', true),
  describe('input', 'input gate', 'gate'), describe('forget', 'forget gate', 'gate'), describe('output', 'output gate', 'gate'),
  describe('candidate', 'candidate', 'activation')];
export const GRU = [describe('hidden', 'hidden state', 'activation', true), describe('update', 'update gate', 'gate'),
  describe('reset', 'reset gate', 'gate'), describe('candidate', 'candidate', 'activation')];

/** A trace of `sequence` for `layers` x `hidden` neurons whose values are f(q, layer, step, neuron). */
export function makeTrace(sequence, { layers = 1, hidden = 3, quantities = LSTM, f = () => 0,
  predict = () => ({ char: 'a', probability: 0.5 }) } = {}) {
  return {
    sequence,
    steps: Array.from(sequence, (char, i) => ({
      char,
      layers: Array.from({ length: layers }, (_, l) => Object.fromEntries(
        quantities.map(({ id: q }) => [q, Array.from({ length: hidden }, (_, n) => f(q, l, i, n))]))),
      prediction: predict(i),
    })),
  };
}
