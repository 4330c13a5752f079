// "Complete": the network continues a typed prefix (POST .../complete), greedily or sampled at a
// temperature, up to the end marker or the server's length limit. The whole text (prefix + the
// network's characters) joins the user's sequences, marked in the view state's `prefix` with where
// the typed part ends, so the explorer draws the network's characters apart and judges only the
// typed part; the mark goes with the link, so a shared completion reopens exactly as it was drawn.
//
//   const completion = createCompletion({ completeUrl, explorer, onTraced, say });
//   row.append(...completion.controls);
//   await completion.complete('12+34=', replacing);   // replacing: an entry of `seq` it takes the place of

import { api } from '../api.js';
import { el } from '../dom.js';
import { displaySequence } from '../explorer/format.js';
import { typedLengths, withPrefix, withoutPrefix } from '../explorer/prefixes.js';
import { fitsInUrl, URL_BUDGET } from './userSequences.js';

export function createCompletion({ completeUrl, explorer, onTraced = () => {}, say }) {
  const button = el('button', { type: 'button', class: 'secondary seqbox-complete',
    title: 'let the network continue what you typed' }, 'Complete');
  const mode = el('select', { name: 'complete-mode', 'aria-label': 'how the network continues' },
    el('option', { value: 'greedy' }, 'greedy'), el('option', { value: 'sample' }, 'sampled'));
  const temperature = el('input', { type: 'number', name: 'temperature', min: '0.05', max: '10', step: '0.05',
    value: '1', 'aria-label': 'temperature', title: 'temperature: near 0 almost greedy, 1 the network\u2019s own odds, higher is wilder' });
  const temperatureLabel = el('label', { class: 'seqbox-temperature', hidden: true }, 'T ', temperature);
  mode.addEventListener('change', () => { temperatureLabel.hidden = mode.value !== 'sample'; });

  const state = () => explorer.getState();

  /** Asks the network to continue `prefix`; its result replaces `replacing` (or is appended). */
  async function complete(prefix, replacing = null) {
    const body = { prefix, mode: mode.value };
    if (mode.value === 'sample') body.temperature = Number(temperature.value);
    const answer = await api(completeUrl, { method: 'POST', json: body });
    onTraced({ quantities: answer.quantities, traces: [answer.trace] });
    const whole = answer.prefix + answer.continuation;
    const others = state().seq.filter((s) => s !== replacing && s !== whole);
    if (!fitsInUrl([...others, ...state().prefix], whole)) {
      throw new Error(`the completion would pass ${URL_BUDGET} characters of the page address; remove some sequences first`);
    }
    const at = replacing === null ? -1 : state().seq.indexOf(replacing);
    const seq = at < 0 ? [...others, whole] : [...others.slice(0, at), whole, ...others.slice(at)];
    const marks = withPrefix(replacing === null ? state().prefix : withoutPrefix(state().prefix, replacing), whole, answer.typedLength);
    explorer.setState({ seq, prefix: marks, sel: whole });
    say(`The network wrote \u201C${displaySequence(answer.continuation)}\u201D after \u201C${displaySequence(prefix)}\u201D`
      + (answer.ended ? ' and ended the line.' : `, without ending the line (it stops after ${answer.continuation.length} characters).`)
      + (answer.mode === 'sample' ? ` Sampled at temperature ${answer.temperature}, seed ${answer.seed}.` : ''));
    return whole;
  }

  /** The typed part of a listed sequence (all of it unless it is a completion). */
  function typedPart(text) {
    const typed = typedLengths(state().prefix).get(text);
    return typed ? text.slice(0, typed) : text;
  }

  /** Marks a listed sequence as a prefix (its end is not judged) or back as a whole line. */
  function togglePrefix(text) {
    const typed = typedLengths(state().prefix).get(text);
    explorer.setState({ prefix: typed ? withoutPrefix(state().prefix, text) : withPrefix(state().prefix, text, text.length) });
  }

  /** The buttons a listed sequence gets: continue it, and prefix / whole line. */
  function itemButtons(text, onError, onToggle) {
    const isPrefix = typedLengths(state().prefix).has(text);
    const more = el('button', { type: 'button', class: 'seqbox-continue', title: 'let the network continue it (again)',
      'aria-label': `continue ${text}` }, '\u25B8');
    more.addEventListener('click', () => complete(typedPart(text), text).catch(onError));
    const prefix = el('button', { type: 'button', class: 'seqbox-prefix', 'aria-pressed': String(isPrefix),
      title: isPrefix ? 'a prefix: its end is not judged; press to judge it as a whole line'
        : 'a whole line: the network should predict its end; press to make it a prefix' }, isPrefix ? 'prefix' : 'line');
    prefix.addEventListener('click', () => { togglePrefix(text); onToggle(); });
    return [prefix, more];
  }

  return { controls: [button, mode, temperatureLabel], button, complete, itemButtons, typedPart };
}
