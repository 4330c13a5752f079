// The links and file names of sharing and export. Pure module.

import { serializeViewState } from '../explorer/viewState.js';

/** The absolute link that opens snapshot `id` on the view `state`: origin + /s/{id}?<view state>. */
export function shareUrl(origin, id, state) {
  const query = serializeViewState(state);
  return `${origin}/s/${encodeURIComponent(id)}${query ? `?${query}` : ''}`;
}

/** The snapshot's JSON as a file (the server names it lstm-snapshot-{id}.json). */
export function snapshotDownloadUrl(id) {
  return `/api/snapshots/${encodeURIComponent(id)}?download=true`;
}

/**
 * Where the traces of a run or a snapshot (owner "runs" | "snapshots") come as a CSV or JSON file:
 * POST {"sequences": [...]} there (no URL length limit), or GET it with ?seq=..&seq=.. for a link.
 */
export function tracesFileUrl(owner, id, format) {
  return `/api/${owner}/${encodeURIComponent(id)}/traces.${format}`;
}

/** "heatmap-{id}-layer0-forget-neuron3.svg": what the picture shows, safe as a file name. */
export function heatmapFilename(id, { layer, quantity, neuron }, extension) {
  const safeId = String(id).replace(/[^A-Za-z0-9_-]/g, '_');
  return `heatmap-${safeId}-layer${layer}-${quantity}-neuron${neuron}.${extension}`;
}

/** The file name in a Content-Disposition header (attachment; filename="x.csv"), or `fallback`. */
export function dispositionFilename(header, fallback) {
  const match = /filename="([^"]+)"/.exec(header ?? '') ?? /filename=([^;]+)/.exec(header ?? '');
  return match ? match[1].trim() : fallback;
}
