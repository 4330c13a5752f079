// What only an owner sees: on a saved network, "Published in the gallery" and Delete; on a run, Stop and
// Delete. Whether the viewer owns it comes from the server (GET .../ownership, a run's `mine`): a link
// opens a network for anyone, but only the one who saved or started it may change it.

import { api, showError } from '../api.js';
import { el } from '../dom.js';

/** The sentence under the publish box, for a published (or not) network. Pure. */
export function publishNote(published) {
  return published
    ? 'Listed in everyone\u2019s gallery under \u201CPublished\u201D (title, task and metrics; your sequences only to those who open it).'
    : 'Only you and those you give the link to can find it.';
}

async function deleteAndLeave(url, what, errorBox, onDeleted) {
  if (!window.confirm(`Delete this ${what}? Its link will stop working for everyone you shared it with.`)) return;
  try {
    await api(url, { method: 'DELETE' });
    onDeleted();
  } catch (e) {
    showError(errorBox, `Could not delete the ${what}`, e);
  }
}

/** Fills `box` with the owner's controls of snapshot `id`, or leaves it empty (and hidden) for anyone else. */
export async function createSnapshotOwnerControls(box, { id, errorBox }) {
  const base = `/api/snapshots/${encodeURIComponent(id)}`;
  let ownership;
  try {
    ownership = await api(`${base}/ownership`);
  } catch {
    return; // the page itself reports a snapshot that cannot be opened
  }
  if (!ownership?.mine) return;
  const toggle = el('input', { type: 'checkbox', id: 'publish-toggle' });
  toggle.checked = ownership.published;
  const note = el('span', { class: 'meta', id: 'publish-note' }, publishNote(ownership.published));
  const remove = el('button', { type: 'button', class: 'secondary danger', id: 'delete-snapshot' }, 'Delete');
  toggle.addEventListener('change', async () => {
    toggle.disabled = true;
    try {
      const now = await api(`${base}/published`, { method: 'PUT', json: { published: toggle.checked } });
      toggle.checked = now.published;
      note.textContent = publishNote(now.published);
    } catch (e) {
      toggle.checked = !toggle.checked;
      showError(errorBox, 'Could not change publishing', e);
    } finally {
      toggle.disabled = false;
    }
  });
  remove.addEventListener('click', () => deleteAndLeave(base, 'saved network', errorBox,
    () => window.location.assign('/')));
  box.replaceChildren(el('span', { class: 'owner-label' }, 'Yours'),
    el('label', { class: 'publish' }, toggle, ' Published in the gallery'), remove, note);
  box.hidden = false;
}

/** Wires the run page's Delete button (run.js shows it, and Stop, only to the run's owner). */
export function wireRunDelete(button, { runId, errorBox }) {
  button.addEventListener('click', () => deleteAndLeave(`/api/runs/${encodeURIComponent(runId)}`, 'run', errorBox,
    () => window.location.assign('/')));
}
