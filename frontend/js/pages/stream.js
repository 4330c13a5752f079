// The live stream of a run: STOMP over the plain WebSocket at /ws, topic /topic/runs/{id}
// (stomp.js from the webjar, global StompJs). Frames are decoded before they reach the page.

import { decodeFrame } from '../explorer/frames.js';

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
  client.onConnect = () => {
    client.subscribe(`/topic/runs/${encodeURIComponent(runId)}`, (message) => {
      let frame;
      try {
        frame = decodeFrame(message.body);
      } catch (e) {
        onError(new Error(`a live frame could not be read (${e.message})`));
        return;
      }
      onFrame(frame);
    });
    onConnect();
  };
  client.onStompError = (frame) => onError(new Error(frame.headers?.message ?? 'the live stream failed'));
  client.onWebSocketError = () => onError(new Error('the live stream cannot connect to /ws; retrying'));
  client.activate();
  return () => client.deactivate();
}
