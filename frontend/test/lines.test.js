import test from 'node:test';
import assert from 'node:assert/strict';
import { chooseRows, defaultSelection, describeRows } from '../js/explorer/lines.js';

const seqs = (...texts) => texts.map((text) => ({ text, steps: text.length }));

test('your sequences come first, in the order you added them, then the network\'s', () => {
  const sequences = seqs('aXb', 'aaXbb', 'aaaXbbb', 'mine2', 'mine1');
  const rows = chooseRows(sequences, ['mine1', 'mine2', 'gone']);
  assert.deepEqual(rows.all, [4, 3, 0, 1, 2]);
  assert.deepEqual(chooseRows(sequences, ['mine1', 'mine2'], 'yours').all, [4, 3]);
  assert.deepEqual(chooseRows(sequences, ['mine1', 'mine2'], 'network').all, [0, 1, 2]);
});

test('a view opens on the longest sequence, never on the shortest', () => {
  assert.equal(defaultSelection(seqs('aXb', 'aaaaaXbbbbb', 'aaXbb', 'bbbbbXaaaaa')), 1);
  assert.equal(defaultSelection(seqs('only')), 0);
});

test('the note says which sequences the strips show', () => {
  const rows = chooseRows(seqs('aXb', 'aaXbb', 'mine'), ['mine']);
  assert.equal(describeRows(rows, 'the task\u2019s evaluation cases'), 'Showing yours (1) first, then the task\u2019s evaluation cases (2)');
  assert.equal(describeRows(chooseRows(seqs('aXb'), []), 'held-back lines'), 'Showing held-back lines (1)');
});
