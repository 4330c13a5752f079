// (a) Neuron strips: every sequence as a row of its characters, each character's background
// coloured by the chosen neuron's value after reading it (the figures of "Exploring LSTMs").
// Characters are text nodes (d3 .text / textContent), never HTML.

import { displayChar, formatValue } from './format.js';
import { showTooltip, hideTooltip } from './tooltip.js';

/**
 * Creates the strips view in `container`. `onSelect(seqIndex)` is called when a row is clicked.
 * Returns { update(props) } with props = { data, layer, quantity, neuron, scale, selected, rows, failed? }: `rows`
 * are the indices (into data.sequences) of the sequences to draw, in order. The characters a network
 * wrote after a prefix (from `seq.typed` on) are drawn apart (class "generated"); the sequences in the
 * set `failed` (cases that fail under an ablation) are marked (class "failed").
 */
export function createStrips(container, { onSelect }) {
  const d3 = globalThis.d3;
  const root = d3.select(container).append('div').attr('class', 'strips');
  let props = null;

  root.on('click', (event) => {
    const row = event.target.closest('.strip');
    if (row) onSelect(Number(row.dataset.index));
  });
  root.on('pointerover', (event) => {
    const cell = event.target.closest('.ch');
    if (!cell || !props) return;
    const { s, i } = cell.__data__;
    const seq = props.data.sequences[s];
    const v = seq.values[props.layer][props.quantity][i * props.data.hidden + props.neuron];
    showTooltip([`sequence ${s + 1}, step ${i + 1} \u201C${displayChar(seq.chars[i])}\u201D`,
      `neuron #${props.neuron} ${props.quantity}: ${formatValue(v)}`], event.clientX, event.clientY);
  });
  root.on('pointerleave', hideTooltip);

  function update(next) {
    props = next;
    const { data, layer, quantity, neuron, scale, selected } = props;
    const H = data.hidden;
    const strips = root.selectAll('div.strip')
      .data(props.rows)
      .join((enter) => enter.append('div').attr('class', 'strip').attr('role', 'button').attr('tabindex', -1))
      .attr('data-index', (s) => s)
      .classed('selected', (s) => s === selected)
      .classed('failed', (s) => Boolean(props.failed?.has(data.sequences[s].text)));
    strips.selectAll('span.ch')
      .data((s) => data.sequences[s].chars.map((c, i) => ({ s, i, c })))
      .join('span')
      .attr('class', (d) => (d.i >= (data.sequences[d.s].typed ?? Infinity) ? 'ch generated' : 'ch'))
      .each(function ({ s, i, c }) {
        const glyph = displayChar(c);
        if (this.textContent !== glyph) this.textContent = glyph;
        const v = data.sequences[s].values[layer][quantity][i * H + neuron];
        this.style.backgroundColor = scale.css(v);
        this.classList.toggle('dark', scale.isDark(v));
      });
  }

  return { update };
}
