// The gallery (/): the four tasks, each with its trained network to explore, the saved networks,
// and the form that starts a new training run.

import { api, showError, clearError } from '../api.js';
import { el } from '../dom.js';
import { displaySequence } from '../explorer/format.js';
import { describeConfig, networkFor, snapshotUrl, taskIdOf } from './describe.js';
import { splitNetworks } from './galleryNetworks.js';
import { fillCellChoices } from './cellChoice.js';

const tasksBox = document.getElementById('tasks');
const snapshotsBox = document.getElementById('snapshots');
const mineBox = document.getElementById('my-snapshots');
const form = document.getElementById('train-form');
const galleryError = document.getElementById('gallery-error');
const trainError = document.getElementById('train-error');
const FIELDS = ['layers', 'hiddenSize', 'learningRate', 'maxSteps'];

function taskCard(task, network) {
  const example = task.examples?.[0];
  return el('article', { class: 'panel card', 'data-task': task.id },
    el('h3', {}, task.title ?? task.id),
    el('p', {}, task.description ?? ''),
    example ? el('p', {}, 'Example: ', el('code', { class: 'example' }, displaySequence(example))) : null,
    el('p', { class: 'meta' }, `vocabulary ${(task.vocabulary ?? []).map(displaySequence).join(' ')}`),
    el('div', { class: 'actions' },
      network
        ? el('a', { class: 'button explore', href: snapshotUrl(network) }, 'Explore the network')
        : el('span', { class: 'meta' }, 'trained network not available yet'),
      trainButton(task)));
}

function trainButton(task) {
  const button = el('button', { type: 'button', class: 'secondary' }, 'Train one');
  button.addEventListener('click', () => {
    selectTask(task);
    // Show what changed: the form comes into view, says what it was filled with, and flashes once.
    form.scrollIntoView({ block: 'center' });
    const filled = document.getElementById('train-filled');
    filled.textContent = `Filled in with the defaults of ${task.title ?? task.id}: change any of them, then press Train.`;
    filled.hidden = false;
    form.classList.remove('flash');
    void form.offsetWidth; // restart the animation
    form.classList.add('flash');
    form.elements.task.focus({ preventScroll: true });
  });
  return button;
}

function snapshotCard(snapshot, tasksById) {
  const task = tasksById.get(taskIdOf(snapshot));
  const accuracy = snapshot.metrics?.accuracy;
  return el('article', { class: 'panel card', 'data-snapshot': snapshot.id },
    el('h3', {}, snapshot.title ?? snapshot.name ?? task?.title ?? taskIdOf(snapshot) ?? 'network'),
    el('p', { class: 'meta' }, describeConfig(snapshot.config)),
    accuracy != null ? el('p', { class: 'meta' }, `accuracy ${(accuracy * 100).toFixed(1)}%`) : null,
    snapshot.mine ? el('p', { class: 'meta owner' }, snapshot.published ? 'yours · published' : 'yours · only by link') : null,
    el('div', { class: 'actions' }, el('a', { class: 'button explore', href: snapshotUrl(snapshot) }, 'Explore')));
}

let tasksById = new Map();

function selectTask(task) {
  form.elements.task.value = task.id;
  for (const field of FIELDS) {
    const value = task.defaults?.[field];
    if (value != null) form.elements[field].value = value;
  }
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  clearError(trainError);
  const button = form.querySelector('button[type=submit]');
  button.disabled = true;
  const data = new FormData(form);
  const request = { task: data.get('task') };
  if (data.get('cell')) request.cell = data.get('cell');
  for (const field of ['layers', 'hiddenSize', 'seed', 'learningRate', 'maxSteps', 'stepsPerSecond']) {
    if (data.get(field) !== '') request[field] = Number(data.get(field));
  }
  try {
    const run = await api('/api/runs', { method: 'POST', json: request });
    window.location.assign(`/runs/${encodeURIComponent(run.id)}`);
  } catch (e) {
    showError(trainError, 'Could not start training', e);
    button.disabled = false;
  }
});

function showTasks(tasks, saved) {
  tasksById = new Map(tasks.map((t) => [t.id, t]));
  const shownInTasks = new Set();
  tasksBox.replaceChildren(...tasks.map((task) => {
    const network = networkFor(task.id, saved);
    if (network) shownInTasks.add(network.id);
    return taskCard(task, network);
  }));
  tasksBox.removeAttribute('aria-busy');
  if (form.elements.task.options.length === 0) { // once: a later refresh must not undo the user's edits
    form.elements.task.replaceChildren(...tasks.map((t) => el('option', { value: t.id }, t.title ?? t.id)));
    form.elements.task.addEventListener('change', () => selectTask(tasksById.get(form.elements.task.value)));
    if (tasks.length) selectTask(tasks[0]);
  }
  return shownInTasks;
}

function showSnapshots(saved, shownInTasks) {
  const { mine, others } = splitNetworks(saved, shownInTasks);
  mineBox.replaceChildren(...(mine.length
    ? mine.map((s) => snapshotCard(s, tasksById))
    : [el('p', { class: 'meta' }, 'None yet: train one, then save it from its page. Only you (and whoever you give the link to) see it, unless you publish it.')]));
  snapshotsBox.replaceChildren(...(others.length
    ? others.map((s) => snapshotCard(s, tasksById))
    : [el('p', { class: 'meta' }, 'No networks published by others yet.')]));
}

// The seed networks are trained in the background when the app first starts: until every task has
// one, the gallery asks again every few seconds (for a few minutes), so the cards fill in by themselves.
const SEED_POLL_MS = 2000;
const SEED_POLLS = 90;

async function main(polls = 0) {
  const [tasks, snapshots] = await Promise.allSettled([api('/api/tasks'), api('/api/snapshots')]);
  const saved = snapshots.status === 'fulfilled' && Array.isArray(snapshots.value) ? snapshots.value : [];
  let shownInTasks = new Set();
  if (tasks.status === 'fulfilled') {
    shownInTasks = showTasks(tasks.value, saved);
    const missing = tasks.value.some((t) => !networkFor(t.id, saved));
    if (missing && polls < SEED_POLLS) setTimeout(() => main(polls + 1), SEED_POLL_MS);
  } else {
    tasksBox.replaceChildren();
    showError(galleryError, 'Could not load the tasks', tasks.reason);
  }
  if (snapshots.status === 'fulfilled') {
    showSnapshots(saved, shownInTasks);
  } else {
    for (const box of [mineBox, snapshotsBox]) {
      box.replaceChildren(el('p', { class: 'error' }, `Could not load the saved networks: ${snapshots.reason.message}`));
    }
  }
}

fillCellChoices(document.querySelectorAll('select[name=cell]'));
main();
