// A saved network (/s/{id}): the explorer on the task's evaluation sequences and the URL's own
// sequences (seq=...), traced by POST /api/snapshots/{id}/traces.

import { api, showError, clearError } from '../api.js';
import { createExplorer } from '../explorer.js';
import { describeConfig, taskIdOf } from './describe.js';
import { taskProbes, withUserSequences, exampleOf, probesName } from './probes.js';
import { createTraceCache } from './traces.js';
import { createShareBar } from './shareBar.js';
import { createSequenceBox } from './sequenceBox.js';
import { createExplanation } from './explain.js';
import { createSnapshotOwnerControls } from './ownerControls.js';

const page = document.getElementById('snapshot-page');
const snapshotId = page.dataset.snapshotId;
const errorBox = document.getElementById('snapshot-error');
const explorer = createExplorer(document.getElementById('explorer'), {
  onStateChange: (state, patch) => {
    if ('seq' in patch) loadTraces();
    explanation.stateChanged(patch);
  },
});
window.lstmExplorer = explorer; // for the console and the browser tests
createShareBar(document.getElementById('share-bar'),
  { explorer, owner: 'snapshots', ownerId: snapshotId, snapshotId: async () => snapshotId });

const base = `/api/snapshots/${encodeURIComponent(snapshotId)}`;
// A saved network never changes, so each sequence is traced once (the box's own trace of what you
// type included) and a new one costs one short request.
const traces = createTraceCache(`${base}/traces`);
const box = createSequenceBox(document.getElementById('sequence-box'),
  { tracesUrl: `${base}/traces`, completeUrl: `${base}/complete`, explorer, onTraced: traces.add });
let probes = [];
let latest = 0;
// The analysis: the caption, the panel, and the sequence it opens on, traced with the probes when it is not one.
const explanation = createExplanation({ base, explorer, captionBox: document.getElementById('caption'),
  sequences: () => withUserSequences(probes, explorer.getState().seq),
  onFocus: (focus) => {
    if (!focus || probes.includes(focus.sequence)) return;
    probes = [...probes, focus.sequence];
    loadTraces();
  } });

let latestTraces = null;

function loadTraces() {
  latestTraces = traceAll();
  return latestTraces;
}

async function traceAll() {
  const token = ++latest;
  try {
    const data = await traces.data(withUserSequences(probes, explorer.getState().seq));
    if (token !== latest) return; // a later change asked for other sequences
    clearError(errorBox);
    if (data) explorer.setTraces(data);
  } catch (e) {
    showError(errorBox, 'Could not trace the sequences', e);
  }
}

async function main() {
  let snapshot;
  try {
    snapshot = await api(base);
  } catch (e) {
    showError(errorBox, `Could not open saved network ${snapshotId}`, e);
    return;
  }
  const tasks = await api('/api/tasks').catch(() => []);
  const task = tasks.find((t) => t.id === taskIdOf(snapshot));
  const title = snapshot.title ?? snapshot.name ?? task?.title ?? taskIdOf(snapshot);
  document.getElementById('snapshot-title').textContent = title;
  document.title = `${title} \u00B7 LSTM Explorer`;
  document.getElementById('snapshot-config').textContent = describeConfig(snapshot.config);
  probes = snapshot.probes ?? taskProbes(task);
  createSnapshotOwnerControls(document.getElementById('owner-controls'), { id: snapshotId, errorBox });
  box.setExample(exampleOf(probes));
  explorer.setNetworkLines(probesName(taskIdOf(snapshot)));
  await Promise.all([loadTraces(), explanation.refresh()]);
  await latestTraces; // the focus' own sequence, when it was not a probe
  explanation.reveal();
  explanation.ablate();
}

main();
