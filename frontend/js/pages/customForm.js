// The gallery's "Train on your own sequences" form: a file or pasted lines, sent as one multipart
// POST /api/runs (task custom); on success the browser goes to the new run's page. The server checks
// everything (limits, UTF-8, split); its message is shown under the form and nothing else changes.

import { api, showError, clearError } from '../api.js';

const form = document.getElementById('custom-form');
const errorBox = document.getElementById('custom-error');
const FIELDS = ['cell', 'layers', 'hiddenSize', 'maxSteps', 'seed', 'stepsPerSecond'];

/** The data to send: the chosen file, else the pasted lines as a file; throws when neither or both. */
function dataFile() {
  const chosen = form.elements.file.files?.[0];
  const pasted = form.elements.lines.value;
  if (chosen && pasted.trim() !== '') {
    throw new Error('you chose a file and pasted lines: clear one of them, so it is clear which to train on');
  }
  if (chosen) return chosen;
  if (pasted.trim() === '') throw new Error('upload a file or paste some lines first');
  return new File([pasted], 'pasted lines.txt', { type: 'text/plain' });
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  clearError(errorBox);
  const button = form.querySelector('button[type=submit]');
  button.disabled = true;
  try {
    const body = new FormData();
    body.append('file', dataFile());
    for (const field of FIELDS) {
      const value = form.elements[field].value.trim();
      if (value !== '') body.append(field, value);
    }
    const run = await api('/api/runs', { method: 'POST', body });
    window.location.assign(`/runs/${encodeURIComponent(run.id)}`);
  } catch (e) {
    showError(errorBox, 'Could not start training on your sequences', e);
    button.disabled = false;
  }
});
