import test from 'node:test';
import assert from 'node:assert/strict';
import { stepGeometry, rowHeight, labelEvery, labelFont, LABEL_WIDTH } from '../js/explorer/layout.js';

test('columns fill the width between 11 and 44 px', () => {
  const wide = stepGeometry(10, 1000);
  assert.equal(wide.cellW, 44);
  const fit = stepGeometry(20, 600);
  assert.equal(fit.cellW, Math.floor((600 - LABEL_WIDTH - 4) / 20));
  assert.ok(fit.width <= 600);
  const long = stepGeometry(200, 600);
  assert.equal(long.cellW, 11);
  assert.ok(long.width > 600, 'too long to fit: the box scrolls');
});

test('the longest seed probe (25 steps, selective counting) fits a phone-width panel (390 px screen)', () => {
  const panelInner = 390 - 2 * 10 - 2 * (8 + 1);
  assert.ok(stepGeometry(25, panelInner).width <= panelInner);
});

test('x and stepAt are inverse', () => {
  const g = stepGeometry(12, 700);
  for (let i = 0; i < 12; i++) {
    assert.equal(g.stepAt(g.x(i) + 1), i);
    assert.equal(g.stepAt(g.x(i) + g.cellW - 1), i);
  }
});

test('rows thin out for big layers, but every row of a 128-neuron layer keeps its own label', () => {
  assert.equal(rowHeight(10), 16);
  assert.equal(rowHeight(128), 10);
  for (const n of [10, 20, 40, 64, 128]) {
    assert.equal(labelEvery(rowHeight(n)), 1, `${n} neurons`);
    assert.ok(labelFont(rowHeight(n)) >= 9 && labelFont(rowHeight(n)) < rowHeight(n), 'labels never overlap');
  }
  assert.equal(labelEvery(5), 2, 'thinner rows (none drawn today) would label every other one');
});
