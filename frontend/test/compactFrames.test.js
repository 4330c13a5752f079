import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { decodeCompactFrame, isCompactFrame } from '../js/explorer/compactFrames.js';
import { contexts, streamOrder } from '../js/explorer/framePredictions.js';
import { decodeFrame } from '../js/explorer/frames.js';
import { decodeMessage, newestActivations } from '../js/pages/stream.js';

// Written by the server's encoder (runs/CompactActivationsFixture): a frame of a 2 x 8 counting LSTM and
// one of a 1 x 6 counting GRU, and the JSON frames of the same traces (the stream's form before the compact one).
const fixture = (name) => new URL(`./fixtures/${name}`, import.meta.url);
const binary = new Uint8Array(readFileSync(fixture('activations-v2.bin')));
const json = readFileSync(fixture('activations-v2.json'), 'utf8');
const gruBinary = new Uint8Array(readFileSync(fixture('activations-gru-v2.bin')));
const gruJson = readFileSync(fixture('activations-gru-v2.json'), 'utf8');

test('a Java-encoded frame decodes to exactly what its JSON frame decodes to', async () => {
  assert.ok(isCompactFrame(binary));
  const { step, data } = await decodeCompactFrame(binary);
  const expected = decodeFrame(json);
  assert.equal(step, expected.step);
  assert.equal(data.layers, 2);
  assert.equal(data.hidden, 8);
  assert.deepEqual(data.quantities.map((q) => q.id), ['cell', 'hidden', 'input', 'forget', 'output', 'candidate']);
  assert.deepEqual(data, expected.data);
});

test('a GRU frame decodes to its own quantities, the hidden state predicted from its update gate', async () => {
  const { step, data } = await decodeCompactFrame(gruBinary);
  const expected = decodeFrame(gruJson);
  assert.equal(step, expected.step);
  assert.equal(data.hidden, 6);
  assert.deepEqual(data.quantities, [{ id: 'hidden', label: 'hidden state', kind: 'activation', carried: true },
    { id: 'update', label: 'update gate', kind: 'gate', carried: false },
    { id: 'reset', label: 'reset gate', kind: 'gate', carried: false },
    { id: 'candidate', label: 'candidate', kind: 'activation', carried: false }]);
  assert.deepEqual(Object.keys(data.sequences[0].values[0]), ['hidden', 'update', 'reset', 'candidate']);
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
  newer[4] = 3;
  await assert.rejects(decodeCompactFrame(newer), /format 3/);
  const older = binary.slice();
  older[4] = 1;
  await assert.rejects(decodeCompactFrame(older), /format 1 is not this page's \(2\); reload it/);
  await assert.rejects(decodeCompactFrame(binary.subarray(0, binary.length - 40)));
});

test('each step is predicted from the last step that read the same character, else the step before', () => {
  assert.deepEqual(Array.from(contexts('aaXbb')), [-1, 0, 1, 2, 3]);
  assert.deepEqual(Array.from(contexts('()(')), [-1, 0, 0]);
});

test('quantities no relation makes come first, then those made, in the order they are made', () => {
  assert.deepEqual(streamOrder(6, [{ target: 0 }, { target: 1 }]), [2, 3, 4, 5, 0, 1]); // an LSTM's c, then h
  assert.deepEqual(streamOrder(4, [{ target: 0 }]), [1, 2, 3, 0]); // a GRU's h
  assert.deepEqual(streamOrder(3, [{ target: 2 }, { target: 0 }]), [1, 2, 0]);
  assert.deepEqual(streamOrder(1, []), [0]);
});
