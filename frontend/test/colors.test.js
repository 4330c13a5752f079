import test from 'node:test';
import assert from 'node:assert/strict';
import { makeScale, neuronScales, ramp, DIVERGING_STOPS, maxAbs, legendsByKind } from '../js/explorer/colors.js';
import { isGate, describeQuantities } from '../js/explorer/quantities.js';
import { LSTM, GRU } from './fixtures.js';

const lstm = Object.fromEntries(describeQuantities(LSTM).map((q) => [q.id, q]));

test('diverging scale: red at -1, white at 0, blue at +1, clamped beyond', () => {
  const s = makeScale('diverging', 1);
  assert.deepEqual(s.rgb(-1), [0xb2, 0x18, 0x2b]);
  assert.deepEqual(s.rgb(0), [255, 255, 255]);
  assert.deepEqual(s.rgb(1), [0x21, 0x66, 0xac]);
  assert.deepEqual(s.rgb(-7), s.rgb(-1));
  assert.deepEqual(s.rgb(7), s.rgb(1));
  assert.equal(s.css(0), 'rgb(255,255,255)');
});

test('diverging scale with a wider domain keeps 0 white and reaches blue only at its max', () => {
  const s = makeScale('diverging', 10);
  assert.deepEqual(s.domain, [-10, 10]);
  assert.deepEqual(s.rgb(0), [255, 255, 255]);
  assert.notDeepEqual(s.rgb(1), s.rgb(10));
  assert.equal(s.t(5), 0.75);
});

test('sequential scale: white when closed (0), dark green when open (1)', () => {
  const s = makeScale('sequential', 1);
  assert.deepEqual(s.rgb(0), [255, 255, 255]);
  assert.deepEqual(s.rgb(1), [0x00, 0x44, 0x1b]);
  assert.equal(s.t(0.25), 0.25);
  assert.ok(s.isDark(1));
  assert.ok(!s.isDark(0));
});

test('NaN is drawn as the neutral colour, not as an extreme', () => {
  assert.deepEqual(makeScale('diverging', 1).rgb(NaN), [255, 255, 255]);
  assert.deepEqual(makeScale('sequential', 1).rgb(NaN), [255, 255, 255]);
});

test('ramp interpolates between stops', () => {
  const lut = ramp(['#000000', '#ffffff']);
  assert.equal(lut.length, 257 * 3);
  assert.deepEqual([...lut.slice(0, 3)], [0, 0, 0]);
  assert.deepEqual([...lut.slice(256 * 3)], [255, 255, 255]);
  assert.equal(lut[128 * 3], 128);
  assert.equal(DIVERGING_STOPS.length % 2, 1, 'odd number of stops puts white exactly in the middle');
});

test('gates use the sequential unit scale, hidden and candidate the diverging unit scale', () => {
  assert.ok(isGate(lstm.forget) && !isGate(lstm.cell));
  assert.deepEqual(neuronScales(lstm.input, 'neuron', [5])(0).domain, [0, 1]);
  assert.equal(neuronScales(lstm.input, 'neuron', [5])(0).kind, 'sequential');
  assert.deepEqual(neuronScales(lstm.hidden, 'global', [5])(0).domain, [-1, 1]);
  assert.deepEqual(neuronScales(lstm.candidate, 'neuron', [5])(0).domain, [-1, 1]);
});

test('cell: per-neuron scales follow each neuron, global uses the largest; never below +-1', () => {
  const perNeuron = neuronScales(lstm.cell, 'neuron', [9.5, 0.2, 2]);
  assert.deepEqual(perNeuron(0).domain, [-9.5, 9.5]);
  assert.deepEqual(perNeuron(1).domain, [-1, 1]);
  assert.deepEqual(perNeuron(2).domain, [-2, 2]);
  const global = neuronScales(lstm.cell, 'global', [9.5, 0.2, 2]);
  assert.deepEqual(global(1).domain, [-9.5, 9.5]);
  assert.deepEqual(global(2).domain, [-9.5, 9.5]);
});

test('maxAbs finds the largest magnitude', () => {
  assert.equal(maxAbs(new Float32Array([0.5, -3, 2])), 3);
  assert.equal(maxAbs(new Float32Array(0)), 0);
});

test('the detail\'s legends follow the kinds: each state, the activations together, the gates together', () => {
  const cellScale = makeScale('diverging', 4);
  const entries = legendsByKind(describeQuantities(LSTM), (id) => (id === 'cell' ? cellScale : null));
  assert.deepEqual(entries.map((e) => e.caption), ['cell', 'hidden, candidate', 'gates']);
  assert.equal(entries[0].scale, cellScale);
  assert.deepEqual(entries.map((e) => e.scale.kind), ['diverging', 'diverging', 'sequential']);
  assert.deepEqual(legendsByKind(describeQuantities(GRU), () => null).map((e) => e.caption), ['hidden, candidate', 'gates']);
  assert.deepEqual(legendsByKind(describeQuantities(GRU.slice(0, 2)), () => null).map((e) => e.caption), ['hidden', 'update gate']);
});
