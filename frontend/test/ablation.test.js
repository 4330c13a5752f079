import test from 'node:test';
import assert from 'node:assert/strict';
import { parseNeuronList, formatNeuronList, toggleNeuron, isAblated, ablateRequest, isIntervening, interventionKey, neuronName }
  from '../js/explorer/ablation.js';

test('a neuron list reads "layer.neuron" pairs and writes them back', () => {
  const refs = parseNeuronList('0.9,1.3');
  assert.deepEqual(refs, [{ layer: 0, neuron: 9 }, { layer: 1, neuron: 3 }]);
  assert.equal(formatNeuronList(refs), '0.9,1.3');
  assert.deepEqual(parseNeuronList('0.9,0.9'), [{ layer: 0, neuron: 9 }], 'a repeat counts once');
  for (const bad of ['', '9', '0.9,', '0.-1', 'a.b', '0.9;0.3', undefined]) assert.equal(parseNeuronList(bad), undefined, String(bad));
});

test('toggling adds a neuron in order and takes it out again', () => {
  let refs = toggleNeuron([], 0, 9);
  refs = toggleNeuron(refs, 0, 3);
  assert.deepEqual(refs, [{ layer: 0, neuron: 3 }, { layer: 0, neuron: 9 }]);
  assert.equal(isAblated(refs, 0, 9), true);
  refs = toggleNeuron(refs, 0, 9);
  assert.deepEqual(refs, [{ layer: 0, neuron: 3 }]);
  assert.equal(isAblated(refs, 0, 9), false);
});

test('the request names the neurons, the mode, a clamp\'s value and the sequences to trace', () => {
  const state = { ablate: [{ layer: 0, neuron: 9 }], mode: 'zero', value: 2 };
  assert.deepEqual(ablateRequest(state, ['aXb']), { neurons: [{ layer: 0, neuron: 9 }], mode: 'zero', sequences: ['aXb'] });
  assert.deepEqual(ablateRequest({ ...state, mode: 'clamp' }, ['aXb']).value, 2);
});

test('a clamp without a value is no intervention yet, and the key follows what is asked', () => {
  const state = { ablate: [{ layer: 0, neuron: 9 }], mode: 'clamp', value: null };
  assert.equal(isIntervening(state), false);
  assert.equal(interventionKey(state), '');
  assert.equal(isIntervening({ ...state, value: 0 }), true);
  assert.notEqual(interventionKey({ ...state, value: 1 }), interventionKey({ ...state, value: 2 }));
  assert.equal(interventionKey({ ...state, ablate: [] }), '');
});

test('neurons are named with their layer only when there are several', () => {
  assert.equal(neuronName({ layer: 0, neuron: 9 }, 1), '#9');
  assert.equal(neuronName({ layer: 1, neuron: 9 }, 2), 'L1 #9');
});
