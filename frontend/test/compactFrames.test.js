import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { decodeCompactFrame, isCompactFrame, contexts } from '../js/explorer/compactFrames.js';
import { decodeFrame } from '../js/explorer/frames.js';
import { decodeMessage, newestActivations } from '../js/pages/stream.js';

// Written by the server's encoder (runs/CompactActivationsFixture): one frame of a 2 x 8 counting
// network, and the JSON frame of the same traces as the stream sent it before format 1.
const binary = new Uint8Array(readFileSync(new URL('./fixtures/activations-v1.bin', import.meta.url)));
const json = readFileSync(new URL('./fixtures/activations-v1.json', import.meta.url), 'utf8');

test('a Java-encoded frame decodes to exactly what its JSON frame decodes to', async () => {
  assert.ok(isCompactFrame(binary));
  const { step, data } = await decodeCompactFrame(binary);
  const expected = decodeFrame(json);
  assert.equal(step, expected.step);
  assert.equal(data.layers, 2);
  assert.equal(data.hidden, 8);
  assert.deepEqual(data, expected.data);
});

test('a STOMP message with a binary body is decoded as an activations frame, a text one as JSON', async () => {
  const frame = await decodeMessage({ isBinaryBody: true, binaryBody: binary });
  assert.equal(frame.type, 'activations');
  assert.equal(frame.data.sequences.length, 6);
  const progress = await decodeMessage({ isBinaryBody: false, body: '{"type":"progress","step":3}' });
  assert.deepEqual(progress, { type: 'progress', step: 3 });
});

test('a page slower than the stream gets every progress frame in order and skips activations a newer one replaced', async () => {
  const handled = [];
  let release;
  const handle = (message) => {
    handled.push(message.name);
    return message.name === 'a1' ? new Promise((resolve) => { release = resolve; }) : Promise.resolve();
  };
  const activations = (name) => ({ name, isBinaryBody: true, binaryBody: binary });
  const progress = (name) => ({ name, isBinaryBody: false, body: '{"type":"progress"}' });
  const receive = newestActivations(handle);
  receive(activations('a1')); // still being handled while the rest come
  ['p1', 'a2', 'p2', 'a3', 'p3', 'a4'].forEach((name) => receive(name[0] === 'a' ? activations(name) : progress(name)));
  assert.deepEqual(handled, ['a1']);
  release();
  await new Promise((resolve) => setTimeout(resolve, 10));
  assert.deepEqual(handled, ['a1', 'p1', 'p2', 'p3', 'a4']);
  receive(progress('p4'));
  receive(activations('a5'));
  await new Promise((resolve) => setTimeout(resolve, 10));
  assert.deepEqual(handled.slice(5), ['p4', 'a5'], 'nothing waits once the page has caught up');
});

test('a frame of a newer format, or a cut one, is refused with a reason', async () => {
  const newer = binary.slice();
  newer[4] = 2;
  await assert.rejects(decodeCompactFrame(newer), /format 2/);
  await assert.rejects(decodeCompactFrame(binary.subarray(0, binary.length - 40)));
});

test('each step is predicted from the last step that read the same character, else the step before', () => {
  assert.deepEqual(Array.from(contexts('aaXbb')), [-1, 0, 1, 2, 3]);
  assert.deepEqual(Array.from(contexts('()(')), [-1, 0, 0]);
});
