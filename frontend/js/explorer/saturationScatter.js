// Gate saturation (Karpathy, Johnson & Fei-Fei 2015): one small scatter per gate, one point per neuron
// of the layer shown, the fraction of probe steps the gate spends below 0.1 (left, closed) against
// above 0.9 (up, open). Points near the left or top edge are gates that act as switches; a click
// selects the neuron. The gates are whatever the analysis lists, never a fixed set of names.

import { CHART } from './colors.js';
import { showTooltip, hideTooltip } from './tooltip.js';
import { isAblated } from './ablation.js';

const SIZE = 132; // the plot's side, in SVG units
const PAD = { left: 46, top: 18, right: 10, bottom: 30 };
const FACET = PAD.left + SIZE + PAD.right;

const pct = (f) => `${Math.round(f * 100)}%`;

/** Returns { update({ saturation, layer, neuron, ablate }) }; onSelectNeuron(layer, neuron) on a click. */
export function createSaturationScatter(container, { onSelectNeuron }) {
  const d3 = globalThis.d3;
  const svg = d3.select(container).append('svg').attr('class', 'saturation');
  const x = d3.scaleLinear([0, 1], [0, SIZE]);
  const y = d3.scaleLinear([0, 1], [SIZE, 0]);

  svg.on('click', (event) => {
    const point = event.target.closest('circle.point');
    if (point) onSelectNeuron(point.__data__.layer, point.__data__.neuron);
  });
  svg.on('pointerover', (event) => {
    const point = event.target.closest('circle.point');
    if (!point) return;
    const d = point.__data__;
    showTooltip([`neuron #${d.neuron}, ${d.gate} gate`, `below 0.1: ${pct(d.low)} of steps`, `above 0.9: ${pct(d.high)} of steps`],
      event.clientX, event.clientY);
  });
  svg.on('pointerleave', hideTooltip);

  function update({ saturation, layer, neuron, ablate }) {
    const rows = saturation.filter((r) => r.layer === layer);
    const gates = [...new Set(rows.map((r) => r.gate))];
    svg.attr('viewBox', `0 0 ${gates.length * FACET} ${PAD.top + SIZE + PAD.bottom}`)
      .style('max-width', `${gates.length * FACET * 1.25}px`);
    const facets = svg.selectAll('g.facet').data(gates, (g) => g).join((enter) => {
      const g = enter.append('g').attr('class', 'facet');
      g.append('rect').attr('class', 'frame').attr('width', SIZE).attr('height', SIZE);
      g.append('g').attr('class', 'axis x').attr('transform', `translate(0,${SIZE})`)
        .call(d3.axisBottom(x).ticks(2).tickFormat(d3.format('.0%')));
      g.append('g').attr('class', 'axis y').call(d3.axisLeft(y).ticks(2).tickFormat(d3.format('.0%')));
      g.append('text').attr('class', 'facet-title').attr('x', SIZE / 2).attr('y', -6);
      g.append('text').attr('class', 'axis-title').attr('x', SIZE / 2).attr('y', SIZE + 26).text('below 0.1 \u2192');
      g.append('text').attr('class', 'axis-title').attr('transform', `translate(-34,${SIZE / 2}) rotate(-90)`).text('above 0.9 \u2192');
      g.append('g').attr('class', 'points');
      return g;
    }).attr('transform', (g, k) => `translate(${k * FACET + PAD.left},${PAD.top})`);
    facets.select('.frame').attr('fill', 'none').attr('stroke', '#ccc');
    facets.select('.facet-title').text((g) => `${g} gate`);
    facets.select('.points').selectAll('circle.point')
      .data((g) => rows.filter((r) => r.gate === g).sort((a, b) => (a.neuron === neuron) - (b.neuron === neuron)),
        (d) => d.neuron)
      .join('circle').attr('class', 'point')
      .attr('data-neuron', (d) => d.neuron).attr('data-gate', (d) => d.gate)
      .attr('cx', (d) => x(d.low)).attr('cy', (d) => y(d.high))
      .attr('r', (d) => (d.neuron === neuron ? 5.5 : 3.5))
      .attr('fill', (d) => (d.neuron === neuron ? CHART.selected : CHART.point))
      .attr('fill-opacity', (d) => (d.neuron === neuron ? 1 : 0.55))
      .attr('stroke', (d) => (isAblated(ablate, d.layer, d.neuron) ? CHART.held : 'none'))
      .attr('stroke-width', 2)
      .classed('selected', (d) => d.neuron === neuron)
      .order();
  }

  return { update };
}
