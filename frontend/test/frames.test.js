import test from 'node:test';
import assert from 'node:assert/strict';
import { decodeTraces, decodeFrame, valueAt, maxByNeuron, TraceFormatError } from '../js/explorer/frames.js';
import { makeTrace, LSTM, GRU } from './fixtures.js';

const f = (q, l, i, n) => (q === 'cell' ? (l + 1) * (i * 10 + n) : q === 'forget' ? 0.5 : -n);

test('decodes traces into flat per-layer, per-quantity arrays', () => {
  const data = decodeTraces([makeTrace('aaXbb', { layers: 2, hidden: 4, f }), makeTrace('aXb', { layers: 2, hidden: 4, f })], LSTM);
  assert.equal(data.layers, 2);
  assert.equal(data.hidden, 4);
  assert.equal(data.sequences.length, 2);
  const [first] = data.sequences;
  assert.equal(first.text, 'aaXbb');
  assert.deepEqual(first.chars, ['a', 'a', 'X', 'b', 'b']);
  assert.equal(first.values[1].cell.length, 5 * 4);
  assert.equal(valueAt(data, 0, 0, 'cell', 3, 2), 32);
  assert.equal(valueAt(data, 0, 1, 'cell', 3, 2), 64);
  assert.equal(valueAt(data, 1, 0, 'forget', 2, 1), 0.5);
  assert.equal(valueAt(data, 1, 0, 'hidden', 0, 3), -3);
  assert.deepEqual(data.quantities[3], { id: 'forget', label: 'forget gate', kind: 'gate', carried: false });
});

test('a GRU\'s traces decode into its own quantities, in its order', () => {
  const data = decodeTraces([makeTrace('aXb', { quantities: GRU, hidden: 2, f: (q, l, i, n) => (q === 'update' ? 0.25 : n) })], GRU);
  assert.deepEqual(data.quantities.map((q) => q.id), ['hidden', 'update', 'reset', 'candidate']);
  assert.deepEqual(Object.keys(data.sequences[0].values[0]), ['hidden', 'update', 'reset', 'candidate']);
  assert.equal(valueAt(data, 0, 0, 'update', 2, 1), 0.25);
  assert.equal(data.hidden, 2);
  assert.throws(() => decodeTraces([makeTrace('ab', { quantities: GRU })], LSTM), /layer 0 has no cell values/);
  assert.throws(() => decodeTraces([makeTrace('ab')]), /without their quantities/);
});

test('predictions are judged against the next character, and the end marker after the last', () => {
  const predict = (i) => ({ char: ['a', 'b', 'b', '\n'][i], probability: 0.9 });
  const data = decodeTraces([makeTrace('aXbb', { predict })], LSTM);
  const p = data.sequences[0].predictions;
  assert.deepEqual(p.map((x) => x.actual), ['X', 'b', 'b', '\n']);
  assert.deepEqual(p.map((x) => x.wrong), [true, false, false, false]);
  assert.equal(p[0].probability, 0.9);
});

test('maxima per neuron cover every sequence', () => {
  const data = decodeTraces([makeTrace('ab', { hidden: 2, f: (q, l, i, n) => (n === 0 ? -i * 3 : 0.5) }),
    makeTrace('abcd', { hidden: 2, f: (q, l, i, n) => (n === 0 ? 1 : i) })], LSTM);
  assert.deepEqual([...maxByNeuron(data, 0, 'cell')], [3, 3]);
});

test('a malformed trace is rejected with a message that names the problem', () => {
  const bad = makeTrace('abc', { hidden: 3 });
  bad.steps[2].layers[0].input = [1, 2];
  assert.throws(() => decodeTraces([bad], LSTM), (e) => e instanceof TraceFormatError
    && e.message === 'trace 0 step 2 layer 0 input has 2 values, expected 3');
  assert.throws(() => decodeTraces({}), /traces must be an array/);
  assert.throws(() => decodeTraces([{ sequence: 'a' }], LSTM), /trace 0 has no steps array/);
});

test('empty input decodes to nothing', () => {
  assert.deepEqual(decodeTraces([]), { layers: 0, hidden: 0, quantities: [], sequences: [] });
});

test('frames: progress kept, activations decoded, unknown types tolerated', () => {
  const progress = decodeFrame('{"type":"progress","step":40,"loss":1.5,"accuracy":0.25,"status":"running","elapsedMs":900}');
  assert.deepEqual(progress, { type: 'progress', step: 40, loss: 1.5, accuracy: 0.25, status: 'running', elapsedMs: 900 });
  const activations = decodeFrame(JSON.stringify({ type: 'activations', step: 50, quantities: LSTM, traces: [makeTrace('aXb')] }));
  assert.equal(activations.type, 'activations');
  assert.equal(activations.step, 50);
  assert.equal(activations.data.sequences[0].text, 'aXb');
  assert.equal(decodeFrame({ type: 'gossip' }).type, 'unknown');
});
