import test from 'node:test';
import assert from 'node:assert/strict';
import { createTraceCache } from '../js/pages/traces.js';
import { makeTrace, LSTM, GRU } from './fixtures.js';

/** A traces endpoint that answers every request and records which sequences it was asked for. */
function endpoint() {
  const asked = [];
  const fetchImpl = async (path, init) => {
    const { sequences } = JSON.parse(init.body);
    asked.push(sequences);
    return new Response(JSON.stringify({ quantities: LSTM, traces: sequences.map((s) => makeTrace(s)) }),
      { status: 200, headers: { 'Content-Type': 'application/json' } });
  };
  return { asked, fetchImpl };
}

test('each sequence is fetched once; the data keeps the order asked for', async () => {
  const server = endpoint();
  const cache = createTraceCache('/api/snapshots/s1/traces', { fetchImpl: server.fetchImpl });
  const first = await cache.data(['aXb', 'aaXbb']);
  assert.deepEqual(first.sequences.map((s) => s.text), ['aXb', 'aaXbb']);
  const second = await cache.data(['aaXbb', 'aXb', 'aaaXbbb']);
  assert.deepEqual(second.sequences.map((s) => s.text), ['aaXbb', 'aXb', 'aaaXbbb']);
  assert.deepEqual(server.asked, [['aXb', 'aaXbb'], ['aaaXbbb']]);
  assert.equal(second.hidden, 3);
  assert.equal(second.layers, 1);
  assert.deepEqual(second.quantities.map((q) => q.id), LSTM.map((q) => q.id));
});

test('traces added from elsewhere are not asked for again', async () => {
  const server = endpoint();
  const cache = createTraceCache('/t', { fetchImpl: server.fetchImpl });
  cache.add({ quantities: LSTM, traces: [makeTrace('aaXbb')] });
  const data = await cache.data(['aaXbb']);
  assert.deepEqual(data.sequences.map((s) => s.text), ['aaXbb']);
  assert.deepEqual(server.asked, []);
});

test('no sequences, no request and no data', async () => {
  const server = endpoint();
  const cache = createTraceCache('/t', { fetchImpl: server.fetchImpl });
  assert.equal(await cache.data([]), null);
  assert.deepEqual(server.asked, []);
});

test('a GRU answer is kept with the GRU\'s own quantities', async () => {
  const cache = createTraceCache('/t', { fetchImpl: endpoint().fetchImpl });
  cache.add({ quantities: GRU, traces: [makeTrace('ab', { quantities: GRU, hidden: 2 })] });
  const data = await cache.data(['ab']);
  assert.deepEqual(data.quantities.map((q) => q.id), ['hidden', 'update', 'reset', 'candidate']);
  assert.equal(data.sequences[0].values[0].update.length, 2 * 2);
});
