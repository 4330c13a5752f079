// The Share and Download bar above the explorer (on /s/{id} and /runs/{id}).
// Share: saves a snapshot when the page shows a run, then copies the /s/{id}?<view state> link and
// shows it in a box (the clipboard may be unavailable). Downloads: the network as JSON, the traces of
// the sequences shown as CSV or JSON (the server's files, POSTed for), the heatmap as PNG or SVG (drawn here).
//
//   createShareBar(element, { explorer, owner: 'snapshots', ownerId: id, snapshotId: async () => id });

import { problemMessage } from '../api.js';
import { el } from '../dom.js';
import { heatmapPicture, pictureToSvg, pictureToPng } from '../explorer/exportImage.js';
import { shareUrl, snapshotDownloadUrl, tracesFileUrl, heatmapFilename, dispositionFilename } from './shareLinks.js';

/** `snapshotId()` resolves to the id of a snapshot of the network shown (saving one for a run). */
export function createShareBar(container, { explorer, owner, ownerId, snapshotId }) {
  const shareButton = el('button', { type: 'button', class: 'primary share-button' }, 'Share');
  const link = el('input', { type: 'text', readonly: true, class: 'share-link', 'aria-label': 'link to this view', hidden: true });
  const status = el('span', { class: 'share-status', role: 'status', 'aria-live': 'polite' });
  const error = el('div', { class: 'error share-error', role: 'alert', hidden: true });

  const actions = [
    ['snapshot', 'network JSON', downloadSnapshot],
    ['traces-csv', 'traces CSV', () => downloadTraces('csv')],
    ['traces-json', 'traces JSON', () => downloadTraces('json')],
    ['heatmap-png', 'heatmap PNG', () => downloadHeatmap('png')],
    ['heatmap-svg', 'heatmap SVG', () => downloadHeatmap('svg')],
  ];
  const downloadButtons = actions.map(([key, label, action]) => {
    const button = el('button', { type: 'button', class: 'secondary', 'data-download': key }, label);
    button.addEventListener('click', () => perform(button, `Could not download the ${label}`, action));
    return button;
  });
  shareButton.addEventListener('click', () => perform(shareButton, 'Could not share', share));

  container.classList.add('share-bar');
  container.replaceChildren(
    el('div', { class: 'share' }, shareButton, link, status),
    el('div', { class: 'downloads', role: 'group', 'aria-label': 'download' },
      el('span', { class: 'downloads-label' }, 'Download'), ...downloadButtons),
    error);

  async function perform(button, doing, action) {
    button.disabled = true;
    error.hidden = true;
    try {
      await action();
    } catch (e) {
      status.textContent = '';
      error.textContent = `${doing}: ${e.message}`;
      error.hidden = false;
    } finally {
      button.disabled = false;
    }
  }

  async function share() {
    if (owner === 'runs') status.textContent = 'Saving a snapshot of the network as it is now\u2026';
    const url = shareUrl(window.location.origin, await snapshotId(), explorer.getUrlState());
    link.value = url;
    link.hidden = false;
    link.focus();
    link.select();
    link.scrollLeft = 0; // selected, with its start (host and id) in sight
    const copied = (await copy(url)) ? 'Link copied to the clipboard' : 'Copy the link from the box';
    // A run's Share saved a snapshot: say so, and who can reach it (anyone with the link).
    status.textContent = owner === 'runs' ? `${copied}: it opens a private snapshot of this network, saved now; anyone with the link can open it` : copied;
  }

  async function copy(text) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      link.select();
      try {
        return document.execCommand('copy');
      } catch {
        return false;
      }
    }
  }

  async function downloadSnapshot() {
    const id = await snapshotId();
    await downloadFrom(snapshotDownloadUrl(id), `lstm-snapshot-${id}.json`);
  }

  async function downloadTraces(format) {
    const sequences = explorer.data()?.sequences.map((s) => s.text) ?? [];
    if (sequences.length === 0) throw new Error('no sequences are shown yet');
    await downloadFrom(tracesFileUrl(owner, ownerId, format), `traces-${ownerId}.${format}`, { sequences });
  }

  async function downloadHeatmap(extension) {
    const view = explorer.heatmapView();
    if (!view) throw new Error('the heatmap is not drawn yet');
    const picture = heatmapPicture(view);
    const blob = extension === 'svg'
      ? new Blob([pictureToSvg(picture)], { type: 'image/svg+xml' })
      : await pictureToPng(picture);
    save(blob, heatmapFilename(ownerId, view, extension));
  }

  /** Fetches a file from the API (POSTing `json` if given), so that a refusal shows its problem instead of saving it. */
  async function downloadFrom(url, fallbackName, json) {
    const request = json === undefined ? { headers: { Accept: '*/*' } }
      : { method: 'POST', headers: { Accept: '*/*', 'Content-Type': 'application/json' }, body: JSON.stringify(json) };
    let response;
    try {
      response = await fetch(url, request);
    } catch (e) {
      throw new Error(`cannot reach the server (${e.message})`);
    }
    if (!response.ok) {
      const problem = await response.json().catch(() => null);
      throw new Error(problemMessage(response.status, response.statusText, problem));
    }
    save(await response.blob(), dispositionFilename(response.headers.get('Content-Disposition'), fallbackName));
  }

  function save(blob, filename) {
    const url = URL.createObjectURL(blob);
    const anchor = el('a', { href: url, download: filename, hidden: true });
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    status.textContent = `Downloaded ${filename} (${formatSize(blob.size)})`;
  }

  return { share };
}

function formatSize(bytes) {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} kB`;
}
