// A training run (/runs/{id}): progress, live loss and accuracy, status, stop button, and the
// explorer fed by the run's STOMP stream (/topic/runs/{id}).

import { api, showError } from '../api.js';
import { createExplorer } from '../explorer.js';
import { describeStatus, isFinal, formatDuration, etaMs, formatLoss, formatAccuracy } from '../explorer/format.js';
import { createLossChart } from './lossChart.js';
import { subscribeToRun } from './stream.js';
import { describeConfig } from './describe.js';
import { taskProbes, withUserSequences } from './probes.js';
import { fetchTraces, mergeData } from './traces.js';
import { createShareBar } from './shareBar.js';
import { createSequenceBox } from './sequenceBox.js';
import { showCustomRun } from './customRun.js';
import { wireRunDelete } from './ownerControls.js';

const page = document.getElementById('run-page');
const runId = page.dataset.runId;
const $ = (id) => document.getElementById(id);
const errorBox = $('run-error');
const stopButton = $('stop-run');
const deleteButton = $('delete-run');
wireRunDelete(deleteButton, { runId, errorBox });
const chart = createLossChart($('loss-chart'));
const explorer = createExplorer($('explorer'), { onStateChange: (state, patch) => { if ('seq' in patch) loadUserTraces(); } });
window.lstmExplorer = explorer; // for the console and the browser tests
createShareBar($('share-bar'), { explorer, owner: 'runs', ownerId: runId,
  snapshotId: async () => (await api(`/api/runs/${encodeURIComponent(runId)}/snapshot`, { method: 'POST' })).id });

let run = { id: runId, status: 'queued', step: 0, config: {} };
let probes = [];
let liveData = null;
let userData = null;
let closeStream = null;
let userTracing = null;
let userTraceToken = 0;
const tracesUrl = `/api/runs/${encodeURIComponent(runId)}/traces`;
createSequenceBox($('sequence-box'), { tracesUrl, explorer });

function showRun() {
  const maxSteps = run.config?.maxSteps;
  const step = run.step ?? 0;
  const done = isFinal(run.status);
  const percent = maxSteps ? Math.min(100, (100 * step) / maxSteps) : 0;
  const bar = $('progress');
  bar.setAttribute('aria-valuenow', String(Math.round(percent)));
  bar.firstElementChild.style.width = `${percent}%`;
  bar.classList.toggle('done', done);
  bar.dataset.status = run.status;
  $('run-step').textContent = maxSteps ? `${step.toLocaleString('en-US')} / ${maxSteps.toLocaleString('en-US')}` : String(step);
  $('run-elapsed').textContent = formatDuration(run.elapsedMs);
  $('run-eta').textContent = done ? 'done' : formatDuration(etaMs(step, maxSteps, run.elapsedMs));
  $('run-loss').textContent = formatLoss(run.loss);
  $('run-accuracy').textContent = formatAccuracy(run.accuracy);
  $('run-status').textContent = describeStatus(run);
  $('run-status').dataset.status = run.status;
  stopButton.disabled = done;
  stopButton.hidden = deleteButton.hidden = !run.mine; // a link shows the run to anyone; only its owner changes it
  showCustomRun(run);
}

function showExplorer() {
  const data = mergeData(liveData, userData);
  if (data) explorer.setTraces(data);
}

async function loadUserTraces() {
  const token = ++userTraceToken; // a slower, older answer must not replace a newer one
  try {
    const data = await fetchTraces(tracesUrl, explorer.getState().seq);
    if (token !== userTraceToken) return;
    userData = data;
    showExplorer();
  } catch (e) {
    showError(errorBox, 'Could not trace your sequences', e);
  }
}

/** Once the run can change no more: close the stream and show the final network on every sequence. */
async function finish() {
  if (closeStream) closeStream();
  closeStream = null;
  try {
    const sequences = withUserSequences(liveData ? liveData.sequences.map((s) => s.text) : probes, explorer.getState().seq);
    liveData = await fetchTraces(tracesUrl, sequences);
    userData = null;
    showExplorer();
  } catch (e) {
    showError(errorBox, 'Could not trace the final network', e);
  }
}

function onFrame(frame) {
  if (frame.type === 'progress') {
    const wasFinal = isFinal(run.status);
    run = { ...run, ...frame };
    showRun();
    chart.add(frame);
    if (!wasFinal && isFinal(run.status)) finish();
  } else if (frame.type === 'activations') {
    liveData = frame.data;
    // The user's own sequences follow the training network too, one request at a time.
    if (explorer.getState().seq.length && !userTracing) userTracing = loadUserTraces().finally(() => { userTracing = null; });
    showExplorer();
  }
}

async function refresh() {
  const wasFinal = isFinal(run.status);
  run = await api(`/api/runs/${encodeURIComponent(runId)}`);
  showRun();
  chart.add(run);
  if (!wasFinal && isFinal(run.status)) await finish();
}

stopButton.addEventListener('click', async () => {
  stopButton.disabled = true;
  try {
    await api(`/api/runs/${encodeURIComponent(runId)}/stop`, { method: 'POST' });
    await refresh();
  } catch (e) {
    showError(errorBox, 'Could not stop the run', e);
    stopButton.disabled = isFinal(run.status);
  }
});

async function main() {
  try {
    run = await api(`/api/runs/${encodeURIComponent(runId)}`);
  } catch (e) {
    $('run-status').textContent = '';
    showError(errorBox, `Could not load run ${runId}`, e);
    return;
  }
  chart.setMaxSteps(run.config?.maxSteps);
  (run.history ?? []).forEach(chart.add);
  const tasks = await api('/api/tasks').catch(() => []);
  const task = tasks.find((t) => t.id === run.task);
  $('run-title').textContent = `Training: ${task?.title ?? run.task}`;
  $('run-config').textContent = describeConfig(run.config);
  probes = run.probes ?? taskProbes(task);
  showRun();
  if (isFinal(run.status)) {
    await finish();
    return;
  }
  closeStream = subscribeToRun(runId, {
    onFrame,
    onConnect: () => refresh().catch((e) => showError(errorBox, 'Could not refresh the run', e)),
    onError: (e) => showError(errorBox, 'Live updates', e),
  });
  if (explorer.getState().seq.length) loadUserTraces();
}

main();
