// A training run (/runs/{id}): progress, live loss and accuracy, status, stop button, and the
// explorer fed by the run's STOMP stream (/topic/runs/{id}).

import { api, showError } from '../api.js';
import { createExplorer } from '../explorer.js';
import { describeStatus, outcomeOf, progressOf, isFinal, formatDuration, etaMs, formatLoss, formatAccuracy } from '../explorer/format.js';
import { createLossChart } from './lossChart.js';
import { subscribeToRun } from './stream.js';
import { describeConfig } from './describe.js';
import { taskProbes, withUserSequences, exampleOf, probesName } from './probes.js';
import { fetchTraces, mergeData } from './traces.js';
import { createShareBar } from './shareBar.js';
import { createSequenceBox } from './sequenceBox.js';
import { showCustomRun } from './customRun.js';
import { createExplanation } from './explain.js';
import { wireRunDelete } from './ownerControls.js';

const page = document.getElementById('run-page');
const runId = page.dataset.runId;
const $ = (id) => document.getElementById(id);
const errorBox = $('run-error');
const stopButton = $('stop-run');
const deleteButton = $('delete-run');
wireRunDelete(deleteButton, { runId, errorBox });
const chart = createLossChart($('loss-chart'));
const explorer = createExplorer($('explorer'), { onStateChange: (state, patch) => {
  if ('seq' in patch) loadUserTraces();
  explanation.stateChanged(patch);
} });
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
const box = createSequenceBox($('sequence-box'), { tracesUrl, completeUrl: `/api/runs/${encodeURIComponent(runId)}/complete`, explorer });
// The analysis follows the run: every 2 s at most while it trains, once more when it ends.
const explanation = createExplanation({ base: `/api/runs/${encodeURIComponent(runId)}`, explorer, captionBox: $('caption'),
  sequences: () => withUserSequences(liveData ? liveData.sequences.map((s) => s.text) : probes, explorer.getState().seq) });

function showRun() {
  const maxSteps = run.config?.maxSteps ?? run.maxSteps;
  const step = run.step ?? 0;
  const done = isFinal(run.status);
  const { percent, solvedPercent } = progressOf(run);
  const bar = $('progress');
  bar.setAttribute('aria-valuenow', String(Math.round(percent)));
  bar.firstElementChild.style.width = `${percent}%`;
  bar.classList.toggle('done', done);
  bar.dataset.status = run.status;
  bar.dataset.outcome = outcomeOf(run);
  const solveMark = bar.querySelector('.progress-solved');
  solveMark.hidden = solvedPercent === null;
  if (solvedPercent !== null) solveMark.style.left = `${solvedPercent}%`;
  $('run-step').textContent = maxSteps ? `${step.toLocaleString('en-US')} / ${maxSteps.toLocaleString('en-US')}` : String(step);
  $('run-elapsed').textContent = formatDuration(run.elapsedMs);
  $('run-eta').textContent = done ? 'done' : formatDuration(etaMs(step, maxSteps, run.elapsedMs, run.config?.stepsPerSecond));
  $('run-loss').textContent = formatLoss(run.loss);
  $('run-accuracy').textContent = formatAccuracy(run.accuracy);
  $('run-status').textContent = describeStatus(run);
  $('run-status').dataset.status = run.status;
  $('run-status').dataset.outcome = outcomeOf(run);
  stopButton.disabled = done;
  stopButton.hidden = deleteButton.hidden = !run.mine; // a link shows the run to anyone; only its owner changes it
  showCustomRun(run);
  explanation.setRunning(!done);
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
    page.dataset.activationsDrawn = String(Number(page.dataset.activationsDrawn ?? 0) + 1); // for the browser tests
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
  probes = run.probes ?? [];
  chart.setMaxSteps(run.config?.maxSteps);
  (run.history ?? []).forEach(chart.add);
  chart.add(run);
  $('run-config').textContent = describeConfig(run.config);
  explorer.setNetworkLines(probesName(run.task));
  showRun();
  // Listen at once: the chart draws the loss from the first progress frame, before anything else loads.
  if (!isFinal(run.status)) {
    closeStream = subscribeToRun(runId, {
      onFrame,
      onConnect: () => refresh().catch((e) => showError(errorBox, 'Could not refresh the run', e)),
      onError: (e) => showError(errorBox, 'Live updates', e),
    });
  }
  const tasks = await api('/api/tasks').catch(() => []);
  const task = tasks.find((t) => t.id === run.task);
  $('run-title').textContent = `Training: ${task?.title ?? run.task}`;
  probes = run.probes ?? taskProbes(task);
  box.setExample(exampleOf(probes));
  showRun();
  if (isFinal(run.status)) {
    await Promise.all([finish(), explanation.refresh()]);
    explanation.ablate();
    return;
  }
  if (explorer.getState().seq.length) loadUserTraces();
}

main();
