import test from 'node:test';
import assert from 'node:assert/strict';
import {
  displayChar, displaySequence, formatValue, formatProbability, formatDuration, etaMs, describeStatus, outcomeOf, progressOf,
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

test('own data has nothing to solve: its run finishes after its steps', () => {
  const custom = { task: 'custom', status: 'finished', step: 300, solvedAtStep: null };
  assert.equal(describeStatus(custom), 'finished after 300 steps');
  assert.doesNotMatch(describeStatus(custom), /solv/);
  assert.equal(outcomeOf(custom), '');
  assert.equal(outcomeOf({ status: 'solved', solvedAtStep: 80, step: 80 }), 'solved');
});

test('the progress bar: maxSteps while running, the steps really run once ended, the solve as a mark', () => {
  assert.deepEqual(progressOf({ status: 'running', step: 800, config: { maxSteps: 5000 }, solvedAtStep: 80 }),
    { percent: 16, solvedPercent: 1.6 });
  assert.deepEqual(progressOf({ status: 'solved', step: 80, config: { maxSteps: 5000 }, solvedAtStep: 80 }),
    { percent: 100, solvedPercent: 100 });
  assert.deepEqual(progressOf({ status: 'finished', step: 5000, config: { maxSteps: 5000 }, solvedAtStep: 1000 }),
    { percent: 100, solvedPercent: 20 });
  assert.equal(progressOf({ status: 'stopped', step: 500, config: { maxSteps: 1000 } }).percent, 50);
});

test('a paced run\'s time left is its remaining steps at its pace', () => {
  assert.equal(etaMs(100, 1000, 9999, 25), 36_000);
});

test('ETA extrapolates the pace so far', () => {
  assert.equal(etaMs(100, 1000, 2000), 18_000);
  assert.ok(Number.isNaN(etaMs(0, 1000, 2000)));
  assert.equal(etaMs(1000, 1000, 5000), 0);
});

test('statuses in words', () => {
  assert.equal(describeStatus({ status: 'solved', solvedAtStep: 340, step: 340 }), 'solved at step 340');
  assert.equal(describeStatus({ status: 'solved', solvedAtStep: 340, step: 360 }), 'solved at step 340; finished after 360 steps');
  assert.equal(describeStatus({ status: 'running', step: 1200 }), 'training, step 1,200');
  assert.equal(describeStatus({ status: 'finished', step: 5000, solvedAtStep: null }),
    'finished after 5,000 steps without solving the task');
  assert.equal(describeStatus({ status: 'running', step: 400, solvedAtStep: 80 }), 'solved at step 80, training on (step 400)');
  assert.equal(describeStatus({ status: 'finished', step: 5000, solvedAtStep: 80 }), 'solved at step 80; finished after 5,000 steps');
  assert.equal(describeStatus({ status: 'stopped', step: 120, solvedAtStep: 80 }), 'stopped after 120 steps (solved at step 80)');
  assert.equal(describeStatus({ status: 'failed', error: 'loss became NaN' }), 'failed: loss became NaN');
  assert.ok(isFinal('stopped') && !isFinal('running') && !isFinal('queued'));
});
