import test from 'node:test';
import assert from 'node:assert/strict';
import { api, ApiError, problemMessage } from '../js/api.js';

const answer = (status, body, type) => async () => new Response(body, { status, headers: type ? { 'Content-Type': type } : {} });

test('a JSON answer comes back parsed; the request carries JSON', async () => {
  let seen;
  const fetchImpl = async (path, init) => {
    seen = { path, init };
    return new Response('{"id":"r1"}', { status: 201, headers: { 'Content-Type': 'application/json' } });
  };
  assert.deepEqual(await api('/api/runs', { method: 'POST', json: { task: 'copy' }, fetchImpl }), { id: 'r1' });
  assert.equal(seen.init.method, 'POST');
  assert.equal(seen.init.headers['Content-Type'], 'application/json');
  assert.equal(seen.init.body, '{"task":"copy"}');
});

test('a problem+json answer becomes an ApiError carrying its detail', async () => {
  const problem = JSON.stringify({ type: 'about:blank', title: 'Bad Request', status: 400,
    detail: "character 'q' at position 4 of line 2 is not in this network's vocabulary [a, X, b]" });
  await assert.rejects(api('/api/snapshots/x/traces', { fetchImpl: answer(400, problem, 'application/problem+json') }),
    (e) => e instanceof ApiError && e.status === 400
      && e.message === "character 'q' at position 4 of line 2 is not in this network's vocabulary [a, X, b]");
});

test('a failure without a problem body still says what happened', async () => {
  await assert.rejects(api('/x', { fetchImpl: answer(502, 'gateway down', 'text/plain') }), /the server answered 502/);
  await assert.rejects(api('/x', { fetchImpl: answer(404, '') }), { message: 'not found', status: 404 });
  await assert.rejects(api('/x', { fetchImpl: async () => { throw new TypeError('Failed to fetch'); } }),
    { message: 'cannot reach the server (Failed to fetch)', status: 0 });
});

test('an empty success is null', async () => {
  assert.equal(await api('/api/runs/r1/stop', { method: 'POST', fetchImpl: answer(204, null) }), null);
});

test('problemMessage prefers detail, then title', () => {
  assert.equal(problemMessage(429, 'Too Many Requests', { title: 'Too Many Requests', detail: 'all 2 trainers are busy' }), 'all 2 trainers are busy');
  assert.equal(problemMessage(409, '', { title: 'Conflict' }), 'Conflict');
});
