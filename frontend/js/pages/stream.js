// The live stream of a run: STOMP over the plain WebSocket at /ws, topic /topic/runs/{id}
// (stomp.js from the webjar, global StompJs). Frames are decoded before they reach the page, in the
// order they came: activations frames are binary (format 1, inflated asynchronously), progress JSON.

import { decodeFrame } from '../explorer/frames.js';
import { decodeCompactFrame, isCompactFrame } from '../explorer/compactFrames.js';

/** A STOMP message as a decoded frame (a promise for binary activations frames). */
export function decodeMessage(message) {
  const bytes = message.isBinaryBody ? message.binaryBody : null;
  if (bytes && isCompactFrame(bytes)) {
    return decodeCompactFrame(bytes).then(({ step, data }) => ({ type: 'activations', step, data }));
  }
  return decodeFrame(bytes ? new TextDecoder().decode(bytes) : message.body);
}

/**
 * Subscribes to run `runId`. onFrame gets decoded frames; onConnect is called on every
 * (re)connection, so the page can re-read the run's state it may have missed.
 * Returns a function that closes the stream.
 */
export function subscribeToRun(runId, { onFrame, onConnect = () => {}, onError }) {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  const client = new globalThis.StompJs.Client({
    brokerURL: `${scheme}://${window.location.host}/ws`,
    reconnectDelay: 3000,
  });
  let decoded = Promise.resolve(); // frames reach the page in the order they came
  client.onConnect = () => {
    client.subscribe(`/topic/runs/${encodeURIComponent(runId)}`, (message) => {
      decoded = decoded.then(() => decodeMessage(message)).then(onFrame, (e) => {
        onError(new Error(`a live frame could not be read (${e.message})`));
      });
    });
    onConnect();
  };
  client.onStompError = (frame) => onError(new Error(frame.headers?.message ?? 'the live stream failed'));
  client.onWebSocketError = () => onError(new Error('the live stream cannot connect to /ws; retrying'));
  client.activate();
  return () => client.deactivate();
}
