// Small hand-made traces in docs/api.md's shape, for the decoding and scale tests.

const QUANTITIES = ['cell', 'hidden', 'input', 'forget', 'output', 'candidate'];

/** A trace of `sequence` for `layers` x `hidden` neurons whose values are f(q, layer, step, neuron). */
export function makeTrace(sequence, { layers = 1, hidden = 3, f = () => 0, predict = () => ({ char: 'a', probability: 0.5 }) } = {}) {
  return {
    sequence,
    steps: Array.from(sequence, (char, i) => ({
      char,
      layers: Array.from({ length: layers }, (_, l) => Object.fromEntries(
        QUANTITIES.map((q) => [q, Array.from({ length: hidden }, (_, n) => f(q, l, i, n))]))),
      prediction: predict(i),
    })),
  };
}
