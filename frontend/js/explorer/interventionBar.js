// The intervention in force: which neurons are held and how (zeroed, held at their mean, or clamped
// to a value), the evaluation accuracy under it beside the intact network's, and how many cases now
// fail; plus the neuron detail's own ablate toggle. Both only report what the user asks for.

import { el } from '../dom.js';
import { ABLATION_MODES, isAblated, neuronName } from './ablation.js';
import { percent } from './neuronLabels.js';

const MODE_WORDS = { zero: 'zeroed (c = h = 0)', mean: 'held at their mean', clamp: 'clamped: cell =' };

/** Returns { element, update({ state, layers, result, pending, error }) }; onChange(patch) with ablate, mode or value. */
export function createInterventionBar({ onChange }) {
  const held = el('span', { class: 'iv-held' });
  const mode = el('select', { name: 'mode', 'aria-label': 'how the neurons are held' },
    ...ABLATION_MODES.map((m) => el('option', { value: m }, MODE_WORDS[m])));
  const value = el('input', { type: 'number', name: 'value', step: '0.5', 'aria-label': 'clamp value', placeholder: 'value' });
  const status = el('span', { class: 'iv-status', 'aria-live': 'polite' });
  const clear = el('button', { type: 'button', class: 'secondary iv-clear' }, 'Restore all');
  const element = el('div', { class: 'iv', hidden: true }, held, mode, value, status, clear);

  mode.addEventListener('change', () => onChange({ mode: mode.value }));
  value.addEventListener('change', () => {
    const v = value.valueAsNumber;
    onChange({ value: Number.isFinite(v) ? v : null });
  });
  clear.addEventListener('click', () => onChange({ ablate: [] }));

  function update({ state, layers, result, pending, error }) {
    element.hidden = state.ablate.length === 0;
    if (element.hidden) return;
    held.textContent = `Ablated ${state.ablate.map((r) => neuronName(r, layers)).join(', ')}:`;
    mode.value = state.mode;
    value.hidden = state.mode !== 'clamp';
    if (document.activeElement !== value) value.value = state.value ?? '';
    element.classList.toggle('pending', Boolean(pending));
    if (error) {
      status.textContent = error;
    } else if (state.mode === 'clamp' && !Number.isFinite(state.value)) {
      status.textContent = 'type the value to clamp the cell to';
    } else if (result) {
      const fails = result.failed === 1 ? '1 case fails' : `${result.failed} cases fail`;
      status.textContent = `accuracy ${percent(result.accuracy)} (intact ${percent(result.baseline.accuracy)}) \u00B7 ${fails}`;
    } else {
      status.textContent = 'running the network without them\u2026';
    }
  }

  return { element, update };
}

/** The neuron detail's "Ablate #9" / "Restore #9" button. Returns { element, update({ state, layers }) }. */
export function createNeuronToggle({ onToggle }) {
  const element = el('button', { type: 'button', class: 'secondary iv-toggle' });
  let current = null;
  element.addEventListener('click', () => onToggle(current.layer, current.neuron));

  function update({ state, layers }) {
    current = state;
    const on = isAblated(state.ablate, state.layer, state.neuron);
    element.setAttribute('aria-pressed', String(on));
    element.textContent = `${on ? 'Restore' : 'Ablate'} ${neuronName(state, layers)}`;
  }

  return { element, update };
}
