// "What the neurons do": the neurons ranked by what ablating (zeroing) each costs, each with its label,
// r, the accuracy without it and an ablate toggle; a click on a line selects that neuron everywhere.
// Beside the ranking, the gate-saturation scatter and the generalisation sweep. Open or closed with
// the view state's `panel`.

import { el } from '../dom.js';
import { CHART } from './colors.js';
import { isAblated, neuronName } from './ablation.js';
import { formatR, percent } from './neuronLabels.js';
import { createSaturationScatter } from './saturationScatter.js';
import { createSweepChart } from './sweepChart.js';

/** Lines shown before "Show all": enough for every seed network's neurons that matter. */
const FIRST_LINES = 12;

/**
 * Returns { element, update({ analysis, state, layers }) }. Callbacks: onSelect({ layer, neuron, quantity }),
 * onToggleAblate(layer, neuron), onAddCase(sequence), onPanel('open' | 'closed').
 */
export function createAnalysisPanel({ onSelect, onToggleAblate, onAddCase, onPanel }) {
  const d3 = globalThis.d3;
  const toggle = el('button', { type: 'button', class: 'np-toggle secondary' });
  const note = el('p', { class: 'np-note' });
  const list = el('div', { class: 'np-list', role: 'list' });
  const more = el('button', { type: 'button', class: 'np-more', hidden: true });
  const scatterTitle = el('h4', {}, 'Gate saturation');
  const scatterBox = el('div', { class: 'np-chart' });
  const sweepTitle = el('h4', {});
  const sweepBox = el('div', { class: 'np-chart' });
  const sweepPart = el('div', { class: 'np-sweep' }, sweepTitle, sweepBox);
  const body = el('div', { class: 'np-body' },
    el('div', { class: 'np-ranking' }, note, list, more),
    el('div', { class: 'np-charts' }, el('div', {}, scatterTitle, scatterBox), sweepPart));
  const element = el('section', { class: 'panel np', 'aria-label': 'What the neurons do' },
    el('header', {}, el('h3', { class: 'ex-title' }, 'What the neurons do'), toggle), body);
  const scatter = createSaturationScatter(scatterBox, { onSelectNeuron: (layer, neuron) => onSelect({ layer, neuron }) });
  const sweep = createSweepChart(sweepBox, { onAddCase });
  let showAll = false;
  let current = null;

  toggle.addEventListener('click', () => onPanel(current?.state.panel === 'closed' ? 'open' : 'closed'));
  more.addEventListener('click', () => { showAll = true; update(current); });
  list.addEventListener('click', (event) => {
    const row = event.target.closest('.np-row');
    if (!row) return;
    const s = row.__data__;
    if (event.target.closest('.np-ablate')) {
      if (event.target.matches('input')) onToggleAblate(s.layer, s.neuron);
      return;
    }
    onSelect({ layer: s.layer, neuron: s.neuron, quantity: s.quantity });
  });

  function update(props) {
    current = props;
    const { analysis, state, layers } = props;
    element.hidden = !analysis;
    if (!analysis) return;
    const open = state.panel !== 'closed';
    body.hidden = !open;
    toggle.textContent = open ? 'Hide' : 'Show';
    toggle.setAttribute('aria-expanded', String(open));
    const baseline = analysis.baseline?.accuracy;
    note.textContent = `Ranked by what zeroing each neuron costs: accuracy (${analysis.accuracyMeaning}) `
      + `${percent(baseline)} intact. Click a line to select the neuron; tick ablate to take it out.`;
    const shown = showAll ? analysis.neurons : analysis.neurons.slice(0, FIRST_LINES);
    more.hidden = shown.length >= analysis.neurons.length;
    more.textContent = `Show all ${analysis.neurons.length} neurons`;
    const rows = d3.select(list).selectAll('div.np-row').data(shown, (s) => `${s.layer}.${s.neuron}`)
      .join((enter) => {
        const row = enter.append('div').attr('class', 'np-row').attr('role', 'listitem');
        row.append('span').attr('class', 'np-rank');
        row.append('span').attr('class', 'np-name');
        row.append('span').attr('class', 'np-label');
        row.append('span').attr('class', 'np-r');
        const cost = row.append('span').attr('class', 'np-cost');
        cost.append('span').attr('class', 'np-bar').append('span');
        cost.append('span').attr('class', 'np-acc');
        const label = row.append('label').attr('class', 'np-ablate');
        label.append('input').attr('type', 'checkbox');
        label.append('span').text('ablate');
        return row;
      })
      .attr('data-layer', (s) => s.layer).attr('data-neuron', (s) => s.neuron)
      .classed('selected', (s) => s.layer === state.layer && s.neuron === state.neuron)
      .classed('held', (s) => isAblated(state.ablate, s.layer, s.neuron))
      .order();
    rows.select('.np-rank').text((s) => s.rank);
    rows.select('.np-name').text((s) => neuronName(s, layers));
    rows.select('.np-label').text((s) => s.label.replace(/ \(r = [^)]*\)$/, '')).attr('title', (s) => s.label);
    rows.select('.np-r').text((s) => formatR(s.r));
    rows.select('.np-bar span').style('width', (s) => `${Math.max(0, (baseline ?? 1) - s.ablatedAccuracy) * 100}%`)
      .style('background', CHART.cost);
    rows.select('.np-acc').text((s) => `\u2192 ${percent(s.ablatedAccuracy)}`)
      .attr('title', (s) => `accuracy without it: ${percent(s.ablatedAccuracy)}`);
    rows.select('.np-ablate input').property('checked', (s) => isAblated(state.ablate, s.layer, s.neuron))
      .attr('aria-label', (s) => `ablate neuron ${neuronName(s, layers)}`);

    scatterTitle.textContent = layers > 1 ? `Gate saturation \u00B7 layer ${state.layer}` : 'Gate saturation';
    scatter.update({ saturation: analysis.saturation, layer: state.layer, neuron: state.neuron, ablate: state.ablate });
    sweepPart.hidden = !analysis.sweep?.length;
    if (analysis.sweep?.length) {
      sweepTitle.textContent = `Accuracy by ${analysis.sweepVariable}, past the training range \u00B7 click a length to add its case`;
      sweep.update({ sweep: analysis.sweep, variable: analysis.sweepVariable, trainedMax: analysis.trainedMax });
    }
  }

  return { element, update };
}
