import test from 'node:test';
import assert from 'node:assert/strict';
import { parseCompareState, serializeCompareState, comparisonRequest, stateOfComparison, bestLabels, neuronName, sweepOf }
  from '../js/pages/compareState.js';
import { SERIES, seriesColour } from '../js/explorer/colors.js';

test('the URL holds the whole comparison and reads back as written', () => {
  const state = { task: 'counting', cells: ['lstm', 'gru', 'rnn'], seed: 1, steps: 3000, pace: 250, id: 'Ab_-9' };
  const query = serializeCompareState(state);
  assert.equal(query, 'task=counting&cells=lstm,gru,rnn&seed=1&steps=3000&pace=250&id=Ab_-9');
  assert.deepEqual(parseCompareState(`?${query}`), state);
  assert.deepEqual(parseCompareState('?pace=full&seed=-3').pace, 'full');
  assert.equal(parseCompareState('?pace=full&seed=-3').seed, -3);
});

test('a URL without a comparison names no id; missing and malformed fields are left to the form', () => {
  assert.deepEqual(parseCompareState(''), { task: null, cells: [], seed: null, steps: null, pace: null, id: null });
  assert.deepEqual(parseCompareState('?seed=1.5&steps=lots&cells=,gru,,rnn'),
    { task: null, cells: ['gru', 'rnn'], seed: null, steps: null, pace: null, id: null });
  assert.equal(serializeCompareState({ task: 'copy', cells: [], seed: null, steps: null, pace: null, id: null }), 'task=copy');
});

test('the request leaves out what the state leaves to the defaults; full speed sends no pace', () => {
  assert.deepEqual(comparisonRequest({ task: 'counting', cells: ['lstm', 'gru'], seed: null, steps: null, pace: 'full' }),
    { task: 'counting', cells: ['lstm', 'gru'] });
  assert.deepEqual(comparisonRequest({ task: 'copy', cells: ['gru', 'rnn'], seed: 0, steps: 20, pace: 10 }),
    { task: 'copy', cells: ['gru', 'rnn'], seed: 0, maxSteps: 20, stepsPerSecond: 10 });
});

test('a comparison, live or saved, gives the state that reopens it', () => {
  const comparison = { id: 'X', task: 'counting', config: { seed: 7, maxSteps: 500, stepsPerSecond: null },
    members: [{ cell: 'lstm' }, { cell: 'rnn' }] };
  assert.deepEqual(stateOfComparison(comparison),
    { task: 'counting', cells: ['lstm', 'rnn'], seed: 7, steps: 500, pace: 'full', id: 'X' });
});

test('the best label of each latent is the one of largest |r|, sign kept', () => {
  const analysis = { latents: ['count', 'seen'], labels: [
    { layer: 0, neuron: 1, quantity: 'cell', latent: 'count', r: 0.7 },
    { layer: 0, neuron: 9, quantity: 'cell', latent: 'count', r: -0.99 },
    { layer: 0, neuron: 9, quantity: 'hidden', latent: 'seen', r: 0.4 },
  ] };
  assert.deepEqual(bestLabels(analysis), [
    { latent: 'count', layer: 0, neuron: 9, quantity: 'cell', r: -0.99 },
    { latent: 'seen', layer: 0, neuron: 9, quantity: 'hidden', r: 0.4 },
  ]);
  assert.deepEqual(bestLabels({ latents: [], labels: [] }), []);
  assert.equal(neuronName({ layer: 0, neuron: 9, quantity: 'cell' }), '#9 cell');
  assert.equal(neuronName({ layer: 1, neuron: 2, quantity: 'update' }, 2), 'layer 1 #2 update');
});

test('the sweep of an analysis, or none for a task without one', () => {
  const analysis = { sweepVariable: 'N', trainedMax: 10, sweep: [{ length: 1, accuracy: 1, cases: 1, peaks: [] }] };
  assert.deepEqual(sweepOf(analysis), { variable: 'N', trainedMax: 10, points: [{ length: 1, accuracy: 1 }] });
  assert.equal(sweepOf({ sweepVariable: null, sweep: [] }), null);
});

test('each series has a colour of its own, as many as there are cells, then they repeat', () => {
  assert.equal(new Set(SERIES).size, SERIES.length);
  assert.ok(SERIES.length >= 5);
  assert.equal(seriesColour(SERIES.length), SERIES[0]);
});
