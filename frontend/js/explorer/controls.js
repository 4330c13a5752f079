// The explorer's toolbar: layer, quantity (a button for each the network's cell records), the scale of
// its state and neuron. It only reports what the user asked for (onChange(patch)); the explorer owns the
// state and redraws the toolbar from it.

import { isGate, isState } from './quantities.js';
import { el } from '../dom.js';

/** Returns { update({ state, layers, hidden, quantities }) }. */
export function createControls(container, { onChange }) {
  const layer = el('select', { name: 'layer', 'aria-label': 'layer' });
  const group = el('div', { class: 'control quantities', role: 'group', 'aria-label': 'quantity' });
  let buttons = [];
  let shownIds = '';
  const scaleName = el('span');
  const scale = el('select', { name: 'scale', 'aria-label': 'state scale' },
    el('option', { value: 'neuron' }, 'per neuron'), el('option', { value: 'global' }, 'global'));
  const scaleControl = el('label', { class: 'control' }, scaleName, ' ', scale);
  const prev = el('button', { type: 'button', class: 'prev', 'aria-label': 'previous neuron', title: 'previous neuron (k or \u2191)' }, '\u2039');
  const next = el('button', { type: 'button', class: 'next', 'aria-label': 'next neuron', title: 'next neuron (j or \u2193)' }, '\u203A');
  const neuron = el('input', { type: 'number', name: 'neuron', min: '0', step: '1', 'aria-label': 'neuron' });
  const of = el('span', { class: 'of' });
  const keys = el('span', { class: 'keys-hint' }, el('kbd', {}, 'j'), ' / ', el('kbd', {}, 'k'), ' next / previous');

  container.append(
    el('label', { class: 'control' }, 'Layer ', layer),
    group,
    scaleControl,
    el('div', { class: 'control neuron' }, 'Neuron ', prev, neuron, of, next, keys),
  );
  let current = null;

  layer.addEventListener('change', () => onChange({ layer: Number(layer.value) }));
  scale.addEventListener('change', () => onChange({ scale: scale.value }));
  group.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-quantity]');
    if (button) onChange({ quantity: button.dataset.quantity });
  });

  /** A button per quantity, made again only when the network's quantities change. */
  function showQuantities(quantities) {
    const ids = quantities.map((q) => q.id).join(' ');
    if (ids === shownIds) return;
    shownIds = ids;
    buttons = quantities.map((q) => el('button', { type: 'button', 'data-quantity': q.id,
      class: isGate(q) ? 'gate' : 'signed', title: `show the ${q.label}` }, q.label));
    group.replaceChildren(...buttons);
    // The scale applies to the states (an LSTM's cell): named after the one there is, hidden when there is none.
    const states = quantities.filter(isState);
    scaleControl.hidden = states.length === 0;
    scaleName.textContent = states.length === 1 ? `${capitalised(states[0].label)} scale` : 'State scale';
    scale.setAttribute('aria-label', scaleName.textContent.toLowerCase());
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
    const { state, layers, hidden, quantities } = props;
    showQuantities(quantities);
    if (layer.options.length !== layers) {
      layer.replaceChildren(...Array.from({ length: layers }, (_, l) => el('option', { value: String(l) }, String(l))));
    }
    layer.value = String(state.layer);
    layer.disabled = layers <= 1;
    for (const button of buttons) {
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

function capitalised(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
