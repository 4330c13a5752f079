import test from 'node:test';
import assert from 'node:assert/strict';
import {
  displayChar, displaySequence, formatValue, formatProbability, formatDuration, etaMs, describeStatus,
  formatAccuracy, isFinal, END_GLYPH,
} from '../js/explorer/format.js';

test('the end marker is a visible glyph, never a raw newline', () => {
  assert.equal(displayChar('\n'), END_GLYPH);
  assert.equal(END_GLYPH, '\u23CE');
  assert.equal(displaySequence('aXb\n'), 'aXb\u23CE');
  assert.ok(!displaySequence('a\nb\n').includes('\n'));
});

test('other invisible characters get visible symbols; ordinary ones stay', () => {
  assert.equal(displayChar(' '), '\u2423');
  assert.equal(displayChar('\t'), '\u21E5');
  assert.equal(displayChar('\u0001'), '\u2401');
  assert.equal(displayChar('a'), 'a');
  assert.equal(displayChar('<'), '<');
});

test('values: three decimals, real minus sign, no negative zero', () => {
  assert.equal(formatValue(0.73449), '0.734');
  assert.equal(formatValue(-1.25), '\u22121.250');
  assert.equal(formatValue(-0.0001), '0.000');
  assert.equal(formatValue(123.456), '123.5');
  assert.equal(formatValue(NaN), 'NaN');
  assert.equal(formatValue(-Infinity), '\u2212\u221E');
});

test('probabilities as percentages', () => {
  assert.equal(formatProbability(0.934), '93%');
  assert.equal(formatProbability(1), '100%');
  assert.equal(formatProbability(0.001), '<1%');
  assert.equal(formatAccuracy(0.5), '50.0%');
});

test('durations read naturally', () => {
  assert.equal(formatDuration(850), '850 ms');
  assert.equal(formatDuration(12_345), '12.3 s');
  assert.equal(formatDuration(245_000), '4 min 05 s');
  assert.equal(formatDuration(3_720_000), '1 h 02 min');
  assert.equal(formatDuration(-1), '\u2013');
});

test('ETA extrapolates the pace so far', () => {
  assert.equal(etaMs(100, 1000, 2000), 18_000);
  assert.ok(Number.isNaN(etaMs(0, 1000, 2000)));
  assert.equal(etaMs(1000, 1000, 5000), 0);
});

test('statuses in words', () => {
  assert.equal(describeStatus({ status: 'solved', solvedAtStep: 340, step: 360 }), 'solved at step 340');
  assert.equal(describeStatus({ status: 'running', step: 1200 }), 'training, step 1,200');
  assert.equal(describeStatus({ status: 'finished', step: 5000, solvedAtStep: null }),
    'finished at step 5,000 without solving the task');
  assert.equal(describeStatus({ status: 'failed', error: 'loss became NaN' }), 'failed: loss became NaN');
  assert.ok(isFinal('stopped') && !isFinal('running') && !isFinal('queued'));
});
