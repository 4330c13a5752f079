// (c) Neuron detail: every quantity the cell records of one neuron over one sequence, stacked, each row
// in its own colour scale, with the value written in the cell when the column is wide enough.
// Clicking a row's label shows that quantity everywhere.

import { displayChar, formatValue, formatShort } from './format.js';
import { showTooltip, hideTooltip } from './tooltip.js';

const ROW = 22;
const TOP = 20;

/**
 * Returns { update(props) }, props = { seq, hidden, layer, neuron, quantity, quantities, scaleOf(id), geometry },
 * `quantities` the cell's descriptions in its order (a row each, labelled with its id).
 */
export function createDetail(container, { onSelectQuantity }) {
  const d3 = globalThis.d3;
  const svg = d3.select(container).append('svg').attr('class', 'detail');
  const xLabels = svg.append('g').attr('class', 'x-labels');
  let rows = svg.selectAll('g.quantity');
  let props = null;

  function showRows(ids) {
    svg.attr('height', TOP + ids.length * ROW + 2);
    rows = svg.selectAll('g.quantity').data(ids, (q) => q).join((enter) => {
      const row = enter.append('g').attr('class', 'quantity');
      row.append('text').attr('class', 'row-label').attr('y', ROW / 2).text((q) => q)
        .on('click', (event, q) => onSelectQuantity(q));
      row.append('g').attr('class', 'cells');
      return row;
    }).order().attr('transform', (q, r) => `translate(0,${TOP + r * ROW})`);
  }

  svg.on('pointerover', (event) => {
    const cell = event.target.closest('.cell');
    if (!cell || !props) return;
    const { q, i, v } = cell.__data__;
    showTooltip([`neuron #${props.neuron}, step ${i + 1} \u201C${displayChar(props.seq.chars[i])}\u201D`,
      `${q}: ${formatValue(v)}`], event.clientX, event.clientY);
  });
  svg.on('pointerleave', hideTooltip);

  function update(next) {
    props = next;
    const { seq, hidden, layer, neuron, quantity, quantities, scaleOf, geometry } = props;
    const { cellW } = geometry;
    showRows(quantities.map((q) => q.id));
    svg.attr('width', geometry.width);
    xLabels.selectAll('text').data(seq.chars).join('text')
      .attr('x', (c, i) => geometry.x(i) + cellW / 2).attr('y', TOP - 6).text(displayChar);
    rows.classed('selected', (q) => q === quantity);
    rows.select('.row-label').attr('x', geometry.left - 6);
    rows.select('.cells').each(function (q) {
      const scale = scaleOf(q);
      const values = seq.values[layer][q];
      const cells = d3.select(this).selectAll('g.cell')
        .data(d3.range(seq.steps).map((i) => ({ q, i, v: values[i * hidden + neuron] })))
        .join((enter) => {
          const g = enter.append('g').attr('class', 'cell');
          g.append('rect').attr('y', 1).attr('height', ROW - 2);
          g.append('text').attr('y', ROW / 2);
          return g;
        })
        .attr('transform', (d) => `translate(${geometry.x(d.i)},0)`)
        .classed('dark', (d) => scale.isDark(d.v));
      cells.select('rect').attr('width', cellW - 1).attr('fill', (d) => scale.css(d.v));
      cells.select('text').attr('x', cellW / 2).text((d) => (cellW >= 34 ? formatShort(d.v) : ''));
    });
  }

  return { update };
}
