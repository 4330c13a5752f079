// "Your own sequences" beside the explorer: a text box whose sequence is traced as you type, a file
// upload (UTF-8 text, one sequence per line), and the list of added sequences with remove buttons.
// Both go through the page's traces endpoint first, so bad input only ever shows a message here and
// changes nothing; accepted sequences go into the view state (`seq`, so the URL), and the page
// re-traces on that as it does for a shared URL (a page whose network does not change keeps the
// box's traces, handed to onTraced, instead of asking again). Sequences are only ever shown as text.
// "Complete" lets the network continue what is typed (completion.js).
//
//   const box = createSequenceBox(element, { tracesUrl, completeUrl, explorer, onTraced: ({ quantities, traces }) => {} });
//   box.setExample('aaaaaXbbbbb');   // the placeholder's example, from the network's own data
//   box.refresh();   // after `seq` changed elsewhere

import { api } from '../api.js';
import { el } from '../dom.js';
import { displaySequence } from '../explorer/format.js';
import { withDraft, appendWithinBudget, fitsInUrl, URL_BUDGET } from './userSequences.js';
import { createCompletion } from './completion.js';
import { withoutPrefix } from '../explorer/prefixes.js';

export function createSequenceBox(root, { tracesUrl, completeUrl, explorer, debounceMs = 60, onTraced = () => {} }) {
  const input = el('input', { type: 'text', class: 'seqbox-input', id: 'seqbox-input', autocomplete: 'off',
    spellcheck: 'false', placeholder: 'type a sequence' });
  const add = el('button', { type: 'button', class: 'secondary seqbox-add' }, 'Add');
  const file = el('input', { type: 'file', class: 'seqbox-file', id: 'seqbox-file', accept: '.txt,text/plain' });
  const timing = el('span', { class: 'seqbox-timing', 'aria-live': 'polite' });
  const error = el('p', { class: 'error seqbox-error', role: 'alert', hidden: true });
  const note = el('p', { class: 'seqbox-note', hidden: true });
  const list = el('ul', { class: 'seqbox-list', 'aria-label': 'your sequences' });
  const completion = createCompletion({ completeUrl, explorer, onTraced, say: (text) => say(note, text) });
  root.classList.add('panel', 'seqbox');
  root.dataset.debounceMs = String(debounceMs); // for the browser test's figures
  root.replaceChildren(
    el('h3', {}, 'Your own sequences'),
    el('div', { class: 'seqbox-row' },
      el('label', { for: 'seqbox-input' }, 'Type'), input, add, ...completion.controls, timing),
    el('div', { class: 'seqbox-row' },
      el('label', { for: 'seqbox-file' }, 'or upload'), file,
      el('span', { class: 'seqbox-hint' }, 'UTF-8 text, one sequence per line')),
    error, note, list);

  let draft = null; // the entry of `seq` the text box owns while the user types
  let latest = 0; // number of the newest request, so a slow stale answer is ignored
  let timer = null;

  const sequences = () => explorer.getState().seq;
  const say = (box, text) => { box.textContent = text; box.hidden = !text; };

  /** Traces `text` alone first; only if the server accepts it does it replace the draft in `seq`. */
  async function traceDraft(text) {
    clearTimeout(timer);
    const token = ++latest;
    if (text === '') {
      say(error, '');
      if (draft !== null) setSequences(withDraft(sequences(), draft, ''), null);
      draft = null;
      return;
    }
    if (text !== draft && sequences().includes(text)) { // listed already: show it; the draft gives way
      say(error, '');
      setSequences(withDraft(sequences(), draft, ''), text);
      draft = null;
      return;
    }
    if (!fitsInUrl(withDraft(sequences(), draft, ''), text)) {
      say(error, `\u201C${text}\u201D was not added: your sequences would pass ${URL_BUDGET} characters of the`
        + ' page address; remove some first');
      return;
    }
    const started = performance.now();
    try {
      const answer = await api(tracesUrl, { method: 'POST', json: { sequences: [text] } });
      if (token !== latest) return;
      onTraced(answer);
      showTiming(performance.now() - started);
      say(error, '');
      const next = withDraft(sequences(), draft, text);
      draft = text;
      setSequences(next, text);
    } catch (e) {
      if (token === latest) say(error, `\u201C${text}\u201D was not added: ${e.message}`);
    }
  }

  function showTiming(ms) {
    root.dataset.roundTripMs = ms.toFixed(1);
    timing.textContent = `traced in ${Math.round(ms)} ms`;
  }

  /** Uploads the chosen file; its sequences (as the server read them) are appended. */
  async function upload() {
    const chosen = file.files?.[0];
    if (!chosen) return;
    const form = new FormData();
    form.append('file', chosen);
    say(note, '');
    try {
      const answer = await api(tracesUrl, { method: 'POST', body: form });
      onTraced(answer);
      say(error, '');
      const { sequences: next, added, left } = appendWithinBudget(sequences(), answer.traces.map((t) => t.sequence));
      setSequences(next, answer.traces[0].sequence);
      say(note, `${chosen.name}: ${added} sequence${added === 1 ? '' : 's'} added`
        + (left ? `; ${left} more left out, as they would pass ${URL_BUDGET} characters of the page address` : '')
        + (added + left < answer.traces.length ? ' (the others were already there)' : '') + '.');
    } catch (e) {
      say(error, `${chosen.name} was not used: ${e.message}`);
    } finally {
      file.value = '';
    }
  }

  function setSequences(seq, sel) {
    explorer.setState(sel === null ? { seq } : { seq, sel });
    refresh();
  }

  function remove(text) {
    if (text === draft) {
      draft = null;
      input.value = '';
    }
    const state = explorer.getState();
    explorer.setState({ seq: state.seq.filter((s) => s !== text), sel: state.sel === text ? null : state.sel,
      prefix: withoutPrefix(state.prefix, text) });
    refresh();
  }

  /** Draws the list of the user's sequences from the view state. */
  function refresh() {
    const items = sequences().map((text) => {
      const pick = el('button', { type: 'button', class: 'seqbox-pick', title: 'show in the heatmap' },
        el('code', {}, displaySequence(text)));
      pick.addEventListener('click', () => explorer.setState({ sel: text }));
      const drop = el('button', { type: 'button', class: 'seqbox-remove', 'aria-label': `remove ${text}` }, '\u00D7');
      drop.addEventListener('click', () => remove(text));
      const [prefix, more] = completion.itemButtons(text, (e) => say(error, `\u201C${text}\u201D was not continued: ${e.message}`), refresh);
      return el('li', { class: text === draft ? 'draft' : null }, pick, prefix, more, drop);
    });
    list.replaceChildren(...items);
    list.hidden = items.length === 0;
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => traceDraft(input.value), debounceMs);
  });
  const keep = async () => {
    const text = input.value;
    await traceDraft(text);
    if (text !== '' && error.hidden && sequences().includes(text)) {
      draft = null;
      input.value = '';
      refresh();
    }
  };
  input.addEventListener('keydown', (event) => { if (event.key === 'Enter') keep(); });
  add.addEventListener('click', keep);
  completion.button.addEventListener('click', async () => {
    const text = input.value;
    if (text === '') {
      say(error, 'type the start of a sequence first; the network writes the rest');
      return;
    }
    clearTimeout(timer);
    ++latest; // a trace of the draft still on its way must not put the draft back
    completion.button.disabled = true;
    try {
      say(error, '');
      await completion.complete(text, draft);
      draft = null;
      input.value = '';
    } catch (e) {
      say(error, `\u201C${text}\u201D was not continued: ${e.message}`);
    } finally {
      completion.button.disabled = false;
      refresh();
    }
  });
  file.addEventListener('change', upload);
  /** Suggests `example` (a sequence of the network's own data) in the empty box. */
  function setExample(example) {
    input.placeholder = example ? `type a sequence, e.g. ${displaySequence(example)}` : 'type a sequence';
  }

  refresh();
  return { refresh, setExample };
}
