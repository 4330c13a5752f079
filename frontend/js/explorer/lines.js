// Which sequences the strips show, and in what order: the user's own first (a shared link's sequence
// is in sight, not at row 50), then the network's (a task's evaluation cases, a custom run's held-back
// lines); the view state's `lines` narrows them to one kind. Also the sequence a page opens on.

import { el } from '../dom.js';
import { LINE_CHOICES } from './viewState.js';

/**
 * Indices into `sequences`: `yours` (in the order of `userSequences`), `network` (the rest, in order),
 * and `all`, the rows to draw for `choice` ('all' | 'yours' | 'network').
 */
export function chooseRows(sequences, userSequences, choice = 'all') {
  const index = new Map(sequences.map((s, i) => [s.text, i]));
  const yours = [...new Set(userSequences)].filter((t) => index.has(t)).map((t) => index.get(t));
  const mine = new Set(yours);
  const network = sequences.map((s, i) => i).filter((i) => !mine.has(i));
  const all = choice === 'yours' ? yours : choice === 'network' ? network : [...yours, ...network];
  return { yours, network, all, choice };
}

/** The sequence a view opens on when none is chosen: the longest (the first of equals), it shows the most. */
export function defaultSelection(sequences) {
  let best = 0;
  sequences.forEach((s, i) => { if (s.steps > sequences[best].steps) best = i; });
  return best;
}

/** A line under the strips' title saying which sequences they are. */
export function describeRows({ yours, network, choice }, networkLines) {
  const theirs = `${networkLines} (${network.length})`;
  const own = `yours (${yours.length})`;
  if (choice === 'yours') return yours.length ? `Showing ${own}` : 'You have added no sequences yet: type one above';
  if (choice === 'network' || yours.length === 0) return `Showing ${theirs}`;
  return `Showing ${own} first, then ${theirs}`;
}

/** The note and the "Show" select above the strips; onChange({ lines }) when the user picks. */
export function createLinesControl(container, { onChange }) {
  const names = { all: 'all', yours: 'yours', network: 'the network\u2019s' };
  const select = el('select', { name: 'lines', 'aria-label': 'sequences shown in the strips' },
    ...LINE_CHOICES.map((c) => el('option', { value: c }, names[c])));
  const note = el('span', { class: 'ex-lines-note' });
  container.replaceChildren(note, el('label', { class: 'ex-lines-choice' }, 'Show ', select));
  select.addEventListener('change', () => onChange({ lines: select.value }));

  function update({ choice, text }) {
    select.value = choice;
    note.textContent = text;
  }

  return { update };
}
