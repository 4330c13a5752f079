// The gallery's import: a snapshot JSON file (as "network JSON" downloads it) is sent to
// POST /api/snapshots; the server checks it and names the first problem, shown here; a good file
// opens the imported network. Wires itself to #import-file and #import-error.

import { api, showError, clearError } from '../api.js';

const input = document.getElementById('import-file');
const errorBox = document.getElementById('import-error');
const status = document.getElementById('import-status');

input?.addEventListener('change', async () => {
  const file = input.files?.[0];
  if (!file) return;
  clearError(errorBox);
  status.textContent = `Importing ${file.name}\u2026`;
  input.disabled = true;
  try {
    // The file as JSON whatever its name: the endpoint reads application/json only.
    const body = new Blob([file], { type: 'application/json' });
    const saved = await api('/api/snapshots', { method: 'POST', body });
    status.textContent = saved.created ? 'Imported; opening it\u2026' : 'This network was saved already; opening it\u2026';
    window.location.assign(saved.url ?? `/s/${encodeURIComponent(saved.id)}`);
  } catch (e) {
    status.textContent = '';
    showError(errorBox, `Could not import \u201C${file.name}\u201D`, e);
  } finally {
    input.disabled = false;
    input.value = '';
  }
});
