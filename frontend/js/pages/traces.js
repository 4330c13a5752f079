// Traces from the API for the pages: fetched, decoded, and merged with the user's own sequences.

import { api } from '../api.js';
import { decodeTraces } from '../explorer/frames.js';

/** POSTs `sequences` to a traces endpoint (…/runs/{id}/traces or …/snapshots/{id}/traces), decoded. */
export async function fetchTraces(endpoint, sequences) {
  if (sequences.length === 0) return null;
  const answer = await api(endpoint, { method: 'POST', json: { sequences } });
  return decodeTraces(answer.traces);
}

/** One decoded data set from several (e.g. the live probes and the user's sequences), in order. */
export function mergeData(...parts) {
  const present = parts.filter((d) => d && d.sequences.length > 0);
  if (present.length === 0) return null;
  const seen = new Set();
  const sequences = present.flatMap((d) => d.sequences).filter((s) => !seen.has(s.text) && seen.add(s.text));
  return { layers: present[0].layers, hidden: present[0].hidden, sequences };
}
