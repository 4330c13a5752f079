// The explorer's toolbar: layer, quantity, cell scale and neuron. It only reports what the user
// asked for (onChange(patch)); the explorer owns the state and redraws the toolbar from it.

import { QUANTITIES, isGate } from './colors.js';
import { el } from '../dom.js';

export const LABELS = { cell: 'cell', hidden: 'hidden', input: 'input gate', forget: 'forget gate', output: 'output gate', candidate: 'candidate' };

/** Returns { update({ state, layers, hidden }) }. */
export function createControls(container, { onChange }) {
  const layer = el('select', { name: 'layer', 'aria-label': 'layer' });
  const quantities = QUANTITIES.map((q) => el('button', { type: 'button', 'data-quantity': q,
    class: isGate(q) ? 'gate' : 'signed', title: `show the ${LABELS[q]}` }, LABELS[q]));
  const scale = el('select', { name: 'scale', 'aria-label': 'cell scale' },
    el('option', { value: 'neuron' }, 'per neuron'), el('option', { value: 'global' }, 'global'));
  const prev = el('button', { type: 'button', class: 'prev', 'aria-label': 'previous neuron', title: 'previous neuron (k or \u2191)' }, '\u2039');
  const next = el('button', { type: 'button', class: 'next', 'aria-label': 'next neuron', title: 'next neuron (j or \u2193)' }, '\u203A');
  const neuron = el('input', { type: 'number', name: 'neuron', min: '0', step: '1', 'aria-label': 'neuron' });
  const of = el('span', { class: 'of' });
  const keys = el('span', { class: 'keys-hint' }, el('kbd', {}, 'j'), ' / ', el('kbd', {}, 'k'), ' next / previous');

  container.append(
    el('label', { class: 'control' }, 'Layer ', layer),
    el('div', { class: 'control quantities', role: 'group', 'aria-label': 'quantity' }, ...quantities),
    el('label', { class: 'control' }, 'Cell scale ', scale),
    el('div', { class: 'control neuron' }, 'Neuron ', prev, neuron, of, next, keys),
  );
  let current = null;

  layer.addEventListener('change', () => onChange({ layer: Number(layer.value) }));
  scale.addEventListener('change', () => onChange({ scale: scale.value }));
  for (const button of quantities) {
    button.addEventListener('click', () => onChange({ quantity: button.dataset.quantity }));
  }
  prev.addEventListener('click', () => onChange({ neuron: current.state.neuron - 1 }));
  next.addEventListener('click', () => onChange({ neuron: current.state.neuron + 1 }));
  neuron.addEventListener('change', () => {
    if (neuron.value === '') return;
    onChange({ neuron: Number(neuron.value) });
    neuron.value = String(current.state.neuron); // 99 in a layer of 10 shows the #9 it chose
  });

  function update(props) {
    current = props;
    const { state, layers, hidden } = props;
    if (layer.options.length !== layers) {
      layer.replaceChildren(...Array.from({ length: layers }, (_, l) => el('option', { value: String(l) }, String(l))));
    }
    layer.value = String(state.layer);
    layer.disabled = layers <= 1;
    for (const button of quantities) {
      button.setAttribute('aria-pressed', String(button.dataset.quantity === state.quantity));
    }
    scale.value = state.scale;
    if (document.activeElement !== neuron) neuron.value = String(state.neuron);
    neuron.max = String(Math.max(hidden - 1, 0));
    of.textContent = `of ${hidden}`;
    prev.disabled = state.neuron <= 0;
    next.disabled = state.neuron >= hidden - 1;
  }

  return { update };
}
