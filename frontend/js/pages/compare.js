// The compare page (/compare): a form (task, cells, seed, steps, pace), and the comparison it starts,
// live or saved, drawn by compareView. Everything is in the URL, rewritten in place: a URL with an
// id reopens that comparison (live while this server remembers it, or saved); one without fills the
// form and waits for Train.

import { api, showError, clearError } from '../api.js';
import { el } from '../dom.js';
import { seriesColour } from '../explorer/colors.js';
import { isFinal } from '../explorer/format.js';
import { describeConfig } from './describe.js';
import { subscribeToRuns } from './stream.js';
import { parseCompareState, serializeCompareState, comparisonRequest, stateOfComparison } from './compareState.js';
import { createComparisonView } from './compareView.js';

const $ = (id) => document.getElementById(id);
const form = $('compare-form');
const errorBox = $('compare-error');
const saveButton = $('compare-save');
const stopButton = $('compare-stop');
const link = $('compare-link');
const saveStatus = $('compare-save-status');
const DEFAULT_CELLS = ['lstm', 'gru', 'rnn'];
let tasks = [];
let cells = [];
let comparison = null;
let view = null;
let closeStream = null;

const colourOf = (cell) => seriesColour(Math.max(0, cells.findIndex((c) => c.id === cell)));
const taskOf = (id) => tasks.find((t) => t.id === id);

function writeUrl(state) {
  const query = serializeCompareState(state);
  window.history.replaceState(null, '', query ? `?${query}` : window.location.pathname);
}

const integer = (input) => (input.value.trim() === '' ? null : Number(input.value));

/** What the form says, the shown comparison's id with it. */
function formState() {
  const pace = form.elements.stepsPerSecond.value;
  return {
    task: form.elements.task.value || null,
    cells: [...form.querySelectorAll('input[name=cell]:checked')].map((box) => box.value),
    seed: integer(form.elements.seed),
    steps: integer(form.elements.maxSteps),
    pace: pace === '' ? 'full' : Number(pace),
    id: comparison?.id ?? null,
  };
}

function fillForm(state) {
  if (state.task && taskOf(state.task)) form.elements.task.value = state.task;
  const chosen = state.cells.length ? state.cells : DEFAULT_CELLS;
  form.querySelectorAll('input[name=cell]').forEach((box) => { box.checked = chosen.includes(box.value); });
  if (state.seed != null) form.elements.seed.value = String(state.seed);
  form.elements.maxSteps.value = state.steps != null ? String(state.steps) : '';
  form.elements.maxSteps.placeholder = String(taskOf(form.elements.task.value)?.defaults?.maxSteps ?? '');
  if (state.pace != null) form.elements.stepsPerSecond.value = state.pace === 'full' ? '' : String(state.pace);
}

function buildForm() {
  form.elements.task.replaceChildren(...tasks.map((t) => el('option', { value: t.id }, t.title ?? t.id)));
  form.querySelector('.cell-choices').replaceChildren(el('legend', {}, 'Cells'), ...cells.map((c) =>
    el('label', {}, el('input', { type: 'checkbox', name: 'cell', value: c.id }),
      el('span', { class: 'cell-swatch', style: `background:${colourOf(c.id)}` }), c.label)));
}

function show(shown) {
  comparison = shown;
  fillForm(stateOfComparison(shown));
  writeUrl(stateOfComparison(shown));
  if (closeStream) closeStream();
  closeStream = null;
  const task = taskOf(shown.task);
  $('compare-title').textContent = `${task?.title ?? shown.task}: ${shown.members.map((m) => m.cellLabel).join(' vs ')}`;
  $('comparison').hidden = false;
  view = createComparisonView({ legend: $('compare-legend'), chart: $('compare-chart'), table: document.querySelector('#compare-table tbody'),
    sweep: $('compare-sweep'), labels: $('compare-labels') }, { comparison: shown, colourOf, task });
  saveButton.hidden = shown.saved;
  link.hidden = !shown.saved;
  if (shown.saved) link.value = window.location.href;
  saveStatus.textContent = shown.saved ? 'A saved comparison: this link opens it for anyone who has it.' : '';
  showState();
  const running = shown.members.filter((m) => m.run && !isFinal(m.status) && m.status !== 'gone');
  if (!shown.saved && running.length) {
    closeStream = subscribeToRuns(running.map((m) => m.run), {
      activations: false,
      onFrame: (runId, frame) => {
        if (frame.type !== 'progress') return;
        view.progress(runId, frame);
        showState();
        if (isFinal(frame.status)) refresh().catch((e) => showError(errorBox, 'Could not refresh the comparison', e));
      },
      onConnect: () => refresh().catch((e) => showError(errorBox, 'Could not refresh the comparison', e)),
      onError: (e) => showError(errorBox, 'Live updates', e),
    });
  }
}

/** Whether it trains still; Stop all for the one who started it, while any of its cells trains. */
function showState() {
  const training = !comparison.saved && view.members().some((m) => !isFinal(m.status) && m.status !== 'gone');
  const what = comparison.saved ? 'Saved comparison' : training ? 'Training side by side' : 'Trained side by side';
  $('compare-config').textContent = `${what} \u00B7 ${describeConfig(comparison.config)}`;
  stopButton.hidden = !(training && comparison.mine);
}

async function refresh() {
  const latest = await api(`/api/comparisons/${encodeURIComponent(comparison.id)}`);
  view.update(latest);
  showState();
}

async function perform(button, doing, action) {
  button.disabled = true;
  clearError(errorBox);
  try {
    await action();
  } catch (e) {
    showError(errorBox, doing, e);
  } finally {
    button.disabled = false;
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  perform(form.querySelector('button[type=submit]'), 'Could not start the comparison', async () => {
    saveStatus.textContent = '';
    show(await api('/api/comparisons', { method: 'POST', json: comparisonRequest(formState()) }));
  });
});
form.addEventListener('change', (event) => {
  if (event.target.name === 'task') fillForm({ ...formState(), steps: null });
  writeUrl(formState());
});

saveButton.addEventListener('click', () => perform(saveButton, 'Could not save the comparison', async () => {
  saveStatus.textContent = 'Saving each network as a snapshot\u2026';
  const saved = await api(`/api/comparisons/${encodeURIComponent(comparison.id)}/snapshot`, { method: 'POST' });
  const query = serializeCompareState({ ...stateOfComparison(comparison), id: saved.id });
  link.value = `${window.location.origin}${window.location.pathname}?${query}`;
  link.hidden = false;
  link.select();
  const copied = await navigator.clipboard?.writeText(link.value).then(() => true, () => false);
  saveStatus.textContent = `Saved${copied ? ' and copied' : ''}: this link opens the comparison as it is now, each network a snapshot of its own.`;
}));

stopButton.addEventListener('click', () => perform(stopButton, 'Could not stop the comparison', async () => {
  await api(`/api/comparisons/${encodeURIComponent(comparison.id)}/stop`, { method: 'POST' });
  await refresh();
}));

async function main() {
  const state = parseCompareState(window.location.search);
  try {
    [tasks, cells] = await Promise.all([api('/api/tasks'), api('/api/cells')]);
  } catch (e) {
    showError(errorBox, 'Could not load the tasks and cells', e);
    return;
  }
  buildForm();
  fillForm(state);
  if (!state.id) return;
  try {
    show(await api(`/api/comparisons/${encodeURIComponent(state.id)}`));
  } catch (e) {
    showError(errorBox, `Could not open comparison ${state.id}`, e);
  }
}

main();
