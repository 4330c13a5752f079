import test from 'node:test';
import assert from 'node:assert/strict';
import { typedLengths, withPrefix, withoutPrefix, judged } from '../js/explorer/prefixes.js';

test('entries map whole texts to their typed length; malformed or out-of-range ones are ignored', () => {
  const map = typedLengths(['6:12+34=46', '3:a:b:c', 'x:abc', '0:abc', '9:abc', '2:']);
  assert.deepEqual([...map], [['12+34=46', 6], ['a:b:c', 3]]);
});

test('marking a text again replaces its mark; unmarking removes only it', () => {
  let entries = withPrefix([], '12+34=46', 6);
  entries = withPrefix(entries, 'aaX', 3);
  entries = withPrefix(entries, '12+34=46', 6);
  assert.deepEqual(entries, ['3:aaX', '6:12+34=46']);
  assert.deepEqual(withoutPrefix(entries, 'aaX'), ['6:12+34=46']);
});

test('a prefix is not judged from its last typed character on; a whole line is', () => {
  const p = (char, actual) => ({ char, probability: 0.9, actual, wrong: char !== actual });
  // "12+34=" typed: after "=" the network says "4"; as a whole line the next would be the end marker.
  const seq = { text: '12+34=', predictions: [p('3', '2'), p('+', '+'), p('1', '3'), p('4', '4'), p('=', '='), p('4', '\n')] };
  assert.equal(judged(seq, undefined).predictions[5].wrong, true);
  const open = judged(seq, 6);
  assert.equal(open.predictions[5].wrong, false);
  assert.equal(open.predictions[5].open, true);
  assert.equal(open.predictions[2].wrong, true, 'the typed part is still judged');
  assert.equal(open.typed, 6);
});
