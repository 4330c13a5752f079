import test from 'node:test';
import assert from 'node:assert/strict';
import { shortLabel, rowLabels, formatR, percent, detailLine } from '../js/explorer/neuronLabels.js';
import { labelRoom, stepGeometry, LABEL_WIDTH } from '../js/explorer/layout.js';

const analysis = {
  baseline: { accuracy: 1 },
  labels: [
    { layer: 0, neuron: 0, quantity: 'cell', latent: "a's - b's", r: -0.98 },
    { layer: 0, neuron: 1, quantity: 'cell', latent: 'phase', r: 0.2 },
    { layer: 0, neuron: 2, quantity: 'cell', latent: 'phase', r: 0.1 },
  ],
  characterLabels: [
    { layer: 0, neuron: 1, quantity: 'cell', by: 'input', high: 'b', low: 'a' },
    { layer: 0, neuron: 2, quantity: 'cell', by: 'next', high: '\n', low: 'a' },
  ],
  neurons: [{ rank: 1, layer: 0, neuron: 0, quantity: 'cell', label: "cell tracks a's - b's (r = -0.98, -0.90 per unit)", ablatedAccuracy: 0.1 }],
};

test('a row label is the latent tracked, else the character the quantity is high on or before', () => {
  assert.equal(shortLabel(analysis, 0, 0, 'cell'), "a's - b's");
  assert.equal(shortLabel(analysis, 0, 1, 'cell'), 'high on b', '|r| under 0.5 falls back to the characters');
  assert.equal(shortLabel(analysis, 0, 2, 'cell'), 'before \u23CE');
  assert.equal(shortLabel(analysis, 0, 3, 'cell'), null);
  assert.deepEqual(rowLabels(analysis, 0, 'cell', 4), ["#0 a's - b's", '#1 high on b', '#2 before \u23CE', '#3']);
  assert.equal(rowLabels(null, 0, 'cell', 4), null);
});

test('r, percentages and the detail line are written as on screen', () => {
  assert.equal(formatR(-0.984), 'r = \u22120.98');
  assert.equal(formatR(null), '');
  assert.equal(percent(0.1), '10%');
  assert.equal(detailLine(analysis, 0, 0), "cell tracks a's - b's (r = \u22120.98, \u22120.90 per unit) \u00B7 without it: accuracy 100% \u2192 10% (rank 1 of 1)");
  assert.equal(detailLine(analysis, 0, 5), '');
});

test('worded labels take the room the steps leave, never less than plain ones and never more than 170 px', () => {
  assert.equal(labelRoom(22, 720), 170);
  assert.equal(labelRoom(25, 324), LABEL_WIDTH);
  assert.equal(labelRoom(10, 300), 116);
  const g = stepGeometry(10, 300, labelRoom(10, 300));
  assert.equal(g.left, 116);
  assert.equal(g.x(0), 116);
});
