// The live stream of a run (or several): STOMP over the plain WebSocket at /ws, topic /topic/runs/{id}
// (stomp.js from the webjar, global StompJs). Frames are decoded before they reach the page, in the
// order they came: activations frames are binary (compactFrames.js, inflated asynchronously), progress JSON.
// A page that draws slower than activations frames come skips the older ones (see newestActivations).

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

function isActivations(message) {
  return Boolean(message.isBinaryBody && isCompactFrame(message.binaryBody));
}

/**
 * Hands messages to `handle` (which may answer a promise) one at a time, in the order they came. An
 * activations frame still waiting when a newer one comes is dropped, as the server's bulk lane drops
 * them, so a page that decodes and draws slower than frames come shows the newest network and is never
 * behind on progress frames, which all get through. (Decoding is asynchronous: without this, every
 * frame would wait in the page, however far behind it fell.)
 */
export function newestActivations(handle) {
  const waiting = [];
  let running = false;
  async function drain() {
    running = true;
    try {
      while (waiting.length) await handle(waiting.shift());
    } finally {
      running = false;
    }
  }
  return (message) => {
    if (isActivations(message)) {
      const older = waiting.findIndex(isActivations);
      if (older >= 0) waiting.splice(older, 1);
    }
    waiting.push(message);
    if (!running) drain();
  };
}

/**
 * Subscribes to run `runId`. onFrame gets decoded frames; onConnect is called on every
 * (re)connection, so the page can re-read the run's state it may have missed.
 * Returns a function that closes the stream.
 */
export function subscribeToRun(runId, { onFrame, onConnect, onError }) {
  return subscribeToRuns([runId], { onFrame: (id, frame) => onFrame(frame), onConnect, onError });
}

/**
 * Subscribes to several runs over one connection: onFrame(runId, frame) gets each run's frames in
 * the order they came. `activations: false` drops activations frames unread (a page that draws only
 * progress need not inflate them). Returns a function that closes the stream.
 */
export function subscribeToRuns(runIds, { onFrame, onConnect = () => {}, onError, activations = true }) {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  const client = new globalThis.StompJs.Client({
    brokerURL: `${scheme}://${window.location.host}/ws`,
    reconnectDelay: 3000,
  });
  const receiver = (runId) => {
    const receive = newestActivations(async (message) => {
      let frame;
      try {
        frame = await decodeMessage(message);
      } catch (e) {
        onError(new Error(`a live frame could not be read (${e.message})`));
        return;
      }
      onFrame(runId, frame);
    });
    return (message) => {
      if (activations || !isActivations(message)) receive(message);
    };
  };
  const receivers = new Map(runIds.map((id) => [id, receiver(id)]));
  client.onConnect = () => {
    for (const [id, receive] of receivers) client.subscribe(`/topic/runs/${encodeURIComponent(id)}`, receive);
    onConnect();
  };
  client.onStompError = (frame) => onError(new Error(frame.headers?.message ?? 'the live stream failed'));
  client.onWebSocketError = () => onError(new Error('the live stream cannot connect to /ws; retrying'));
  client.activate();
  return () => client.deactivate();
}
