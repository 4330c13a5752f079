import test from 'node:test';
import assert from 'node:assert/strict';
import { pickEvenly, taskProbes, withUserSequences } from '../js/pages/probes.js';
import { describeConfig, networkFor, taskIdOf, snapshotUrl } from '../js/pages/describe.js';
import { mergeData } from '../js/pages/traces.js';
import { decodeTraces } from '../js/explorer/frames.js';
import { makeTrace, LSTM } from './fixtures.js';

test('pickEvenly keeps short lists and spreads long ones from first to last', () => {
  assert.deepEqual(pickEvenly(['a', 'b'], 5), ['a', 'b']);
  const picked = pickEvenly(Array.from({ length: 500 }, (_, i) => i), 50);
  assert.equal(picked.length, 50);
  assert.equal(picked[0], 0);
  assert.equal(picked[49], 499);
  assert.deepEqual(picked, [...new Set(picked)].sort((a, b) => a - b));
});

test('probes: the evaluation set when listed, else the examples', () => {
  assert.deepEqual(taskProbes({ evaluationSet: ['aXb', 'aaXbb'], examples: ['zz'] }), ['aXb', 'aaXbb']);
  assert.deepEqual(taskProbes({ examples: ['aXb'] }), ['aXb']);
  assert.deepEqual(taskProbes({ probes: ['aXb', 'aaXbb'], examples: ['zz'] }), ['aXb', 'aaXbb'], 'GET /api/tasks gives probes');
  assert.deepEqual(taskProbes(undefined), []);
  assert.deepEqual(withUserSequences(['aXb', 'aaXbb'], ['aaXbb', 'aaaaXbbbb']), ['aXb', 'aaXbb', 'aaaaXbbbb']);
});

test('configs are described in words', () => {
  assert.equal(describeConfig({ layers: 2, hiddenSize: 20, learningRate: 0.01, seed: 7, maxSteps: 3000 }),
    '2 layers \u00D7 20 neurons \u00B7 learning rate 0.01 \u00B7 seed 7 \u00B7 up to 3,000 steps');
  assert.equal(describeConfig({ layers: 1, hiddenSize: 1 }), '1 layer \u00D7 1 neuron');
  assert.equal(describeConfig({ layers: 1, hiddenSize: 1, stepsPerSecond: 25 }), '1 layer \u00D7 1 neuron \u00B7 25 steps/s');
  assert.equal(describeConfig({ cell: 'gru', cellLabel: 'GRU', layers: 1, hiddenSize: 10 }), 'GRU \u00B7 1 layer \u00D7 10 neurons');
  assert.equal(describeConfig(undefined), '');
});

test('a task card opens its seed network, else another of the same task', () => {
  const snapshots = [{ id: 'u1', task: 'counting' }, { id: 's1', task: { id: 'counting' }, seed: true }, { id: 'c1', task: 'copy' }];
  assert.equal(networkFor('counting', snapshots).id, 's1');
  assert.equal(networkFor('copy', snapshots).id, 'c1');
  assert.equal(networkFor('state-memory', snapshots), null);
  assert.equal(taskIdOf({ taskId: 'copy' }), 'copy');
  assert.equal(snapshotUrl({ id: 'a b' }), '/s/a%20b');
  assert.equal(snapshotUrl({ id: 'x', url: '/s/x' }), '/s/x');
});

test('merging live and user traces keeps order and drops repeats', () => {
  const live = decodeTraces([makeTrace('aXb'), makeTrace('aaXbb')], LSTM);
  const user = decodeTraces([makeTrace('aaXbb'), makeTrace('aaaXbbb')], LSTM);
  const merged = mergeData(live, null, user);
  assert.deepEqual(merged.sequences.map((s) => s.text), ['aXb', 'aaXbb', 'aaaXbbb']);
  assert.equal(merged.hidden, 3);
  assert.equal(mergeData(null, decodeTraces([])), null);
});
