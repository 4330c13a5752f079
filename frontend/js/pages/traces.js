// Traces from the API for the pages: fetched, decoded, and merged with the user's own sequences.

import { api } from '../api.js';
import { decodeTraces } from '../explorer/frames.js';

/** POSTs `sequences` to a traces endpoint (…/runs/{id}/traces or …/snapshots/{id}/traces), decoded. */
export async function fetchTraces(endpoint, sequences) {
  if (sequences.length === 0) return null;
  const answer = await api(endpoint, { method: 'POST', json: { sequences } });
  return decodeTraces(answer.traces, answer.quantities);
}

/** One decoded data set from several (e.g. the live probes and the user's sequences), in order. */
export function mergeData(...parts) {
  const present = parts.filter((d) => d && d.sequences.length > 0);
  if (present.length === 0) return null;
  const seen = new Set();
  const sequences = present.flatMap((d) => d.sequences).filter((s) => !seen.has(s.text) && seen.add(s.text));
  return { layers: present[0].layers, hidden: present[0].hidden, quantities: present[0].quantities, sequences };
}

/**
 * The traces of a network that no longer changes (a saved one), fetched once per sequence: showing
 * one more sequence asks the server for that one only, and traces got elsewhere (the sequence box
 * validates what you type by tracing it) are kept with add() instead of being asked for again.
 */
export function createTraceCache(endpoint, { fetchImpl } = {}) {
  const known = new Map();
  let shape = null;

  /** Keeps the traces of an answer ({ quantities, traces }: docs/api.md). */
  function add(answer) {
    const data = decodeTraces(answer.traces, answer.quantities);
    if (data.sequences.length) shape ??= { layers: data.layers, hidden: data.hidden, quantities: data.quantities };
    for (const s of data.sequences) known.set(s.text, s);
  }

  /** Decoded data for `sequences`, in their order; null for none. */
  async function data(sequences) {
    const missing = [...new Set(sequences)].filter((s) => !known.has(s));
    if (missing.length > 0) {
      add(await api(endpoint, { method: 'POST', json: { sequences: missing }, fetchImpl }));
    }
    if (sequences.length === 0 || shape === null) return null;
    return { ...shape, sequences: sequences.map((s) => known.get(s)) };
  }

  return { add, data };
}
