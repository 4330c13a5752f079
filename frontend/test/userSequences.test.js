import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withDraft, appendWithinBudget, fitsInUrl } from '../js/pages/userSequences.js';

test('the draft replaces its own entry in place as the user types', () => {
  assert.deepEqual(withDraft(['aXb'], null, 'a'), ['aXb', 'a']);
  assert.deepEqual(withDraft(['aXb', 'a', 'bb'], 'a', 'aa'), ['aXb', 'aa', 'bb']);
});

test('emptying the box removes the draft; a text already listed is not repeated', () => {
  assert.deepEqual(withDraft(['aXb', 'aa'], 'aa', ''), ['aXb']);
  assert.deepEqual(withDraft(['aXb', 'aa'], 'aa', 'aXb'), ['aXb']);
  assert.deepEqual(withDraft(['aXb'], null, 'aXb'), ['aXb']);
});

test('uploads are appended without repeats until the URL budget is used up', () => {
  const r = appendWithinBudget(['aXb'], ['aXb', 'aaXbb', 'a'.repeat(30), 'b'], 30);
  assert.deepEqual(r.sequences, ['aXb', 'aaXbb', 'b']);
  assert.equal(r.added, 2);
  assert.equal(r.left, 1);
});

test('characters a URL must escape count as their escaped length', () => {
  assert.equal(fitsInUrl([], '<'.repeat(5), 20), true); // 15 + 5
  assert.equal(fitsInUrl([], '<'.repeat(6), 20), false); // 18 + 5
});
