// A page's analysis of its network: GET .../analysis for the explorer (panel, labels, focus) and the
// caption above the views; on a live run again at most every LIVE_REFRESH_MS while it trains (the
// server analyses the network the run last published, off the training thread) and once more when it
// ends. And the intervention: POST .../ablate whenever the view's ablation or its sequences change.

import { api } from '../api.js';
import { el } from '../dom.js';
import { decodeTraces } from '../explorer/frames.js';
import { ablateRequest, interventionKey } from '../explorer/ablation.js';
import { hasViewState } from '../explorer/viewState.js';

/** A live run's analysis is asked for at most this often (start to start). */
export const LIVE_REFRESH_MS = 2000;

const INTERVENTION = ['ablate', 'mode', 'value', 'seq'];

/**
 * `base`: /api/snapshots/{id} or /api/runs/{id}; `sequences()`: what the explorer shows (the probes and
 * yours), traced under an ablation; `onFocus(focus)` when an analysis names where to look.
 * Returns { refresh, setRunning(bool), stateChanged(patch), ablate, reveal }.
 */
export function createExplanation({ base, explorer, captionBox, sequences, onFocus = () => {} }) {
  const title = el('h2', { class: 'caption-title' }, 'What this network does');
  const text = el('p', { class: 'caption-text' });
  captionBox.classList.add('caption');
  captionBox.replaceChildren(title, text);
  captionBox.hidden = true;
  let running = false;
  let inFlight = null;
  let ablateToken = 0;
  let answer = null;
  const opensOnFocus = !hasViewState(window.location.search);

  async function refresh() {
    if (inFlight) return inFlight;
    inFlight = (async () => {
      try {
        const analysis = await api(`${base}/analysis`);
        onFocus(analysis.focus);
        explorer.setAnalysis(analysis);
        showCaption(analysis);
        if (running && interventionKey(explorer.getState())) await ablate();
      } catch (e) {
        // A run that has not published a network yet has nothing to analyse: say so only once it should.
        if (!running) showCaption(null, `The analysis is not available: ${e.message}`);
      } finally {
        inFlight = null;
      }
    })();
    return inFlight;
  }

  function showCaption(analysis, problem) {
    captionBox.hidden = false;
    captionBox.classList.toggle('problem', Boolean(problem));
    const at = analysis?.step != null ? `At step ${analysis.step.toLocaleString('en-US')}: ` : '';
    text.textContent = problem ?? at + analysis.caption.replace(/ -> /g, ' \u2192 ');
  }

  async function loop() {
    while (running) {
      const started = performance.now();
      await refresh();
      await new Promise((done) => setTimeout(done, Math.max(0, LIVE_REFRESH_MS - (performance.now() - started))));
    }
  }

  /** A live run: refresh while it trains; when it stops, one last refresh of the final network. */
  function setRunning(on) {
    if (on === running) return;
    running = on;
    if (on) {
      loop();
    } else {
      Promise.resolve(inFlight).then(refresh).then(() => ablate());
    }
  }

  /** Asks for the traces and the evaluation under the view's intervention; a later request wins. */
  async function ablate() {
    const state = explorer.getState();
    const key = interventionKey(state);
    const token = ++ablateToken;
    if (!key) {
      answer = null;
      explorer.setAblation(null);
      return;
    }
    explorer.setAblation({ ...(answer?.key === key ? answer : { key }), pending: true });
    try {
      const result = await api(`${base}/ablate`, { method: 'POST', json: ablateRequest(state, sequences()) });
      if (token !== ablateToken) return;
      answer = { key, data: decodeTraces(result.traces, result.quantities), result };
    } catch (e) {
      if (token !== ablateToken) return;
      answer = { key, error: `could not ablate: ${e.message}` };
    }
    explorer.setAblation(answer);
  }

  /**
   * On a page opened without view state in its URL, once the caption and the views are in: scrolls the
   * caption to the top, so the first screen shows the mechanism under it (unless the reader has scrolled).
   */
  function reveal() {
    if (opensOnFocus && !captionBox.hidden && window.scrollY === 0) captionBox.scrollIntoView({ block: 'start' });
  }

  function stateChanged(patch) {
    if (INTERVENTION.some((k) => k in patch)) ablate();
  }

  return { refresh, setRunning, stateChanged, ablate, reveal };
}
