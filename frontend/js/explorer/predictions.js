// (d) Predictions: under each step of the sequence, the character the network expects next and its
// probability; a wrong guess (not the actual next character, or not the end marker after the last)
// is marked in red with a cross. After the typed part of a prefix (`open` predictions) nothing is
// judged: the guess is drawn in grey, since there is no typed next character to hold it against.

import { displayChar, formatProbability } from './format.js';
import { showTooltip, hideTooltip } from './tooltip.js';

const HEIGHT = 40;

/** Returns { update(props) }, props = { seq, geometry }. */
export function createPredictions(container) {
  const d3 = globalThis.d3;
  const svg = d3.select(container).append('svg').attr('class', 'predictions').attr('height', HEIGHT);
  svg.append('text').attr('class', 'row-label').attr('y', 16).text('predicts');
  svg.append('text').attr('class', 'row-label sub').attr('y', 32).text('probability');
  const columns = svg.append('g');

  columns.on('pointerover', (event) => {
    const column = event.target.closest('.prediction');
    if (!column) return;
    const { p, i, c } = column.__data__;
    showTooltip([`after \u201C${displayChar(c)}\u201D (step ${i + 1})`,
      `predicts \u201C${displayChar(p.char)}\u201D with ${formatProbability(p.probability)}`,
      p.open ? 'not judged: past the typed prefix' : p.wrong ? `wrong: the next character is \u201C${displayChar(p.actual)}\u201D` : 'right'],
    event.clientX, event.clientY);
  });
  columns.on('pointerleave', hideTooltip);

  function update({ seq, geometry }) {
    const { cellW } = geometry;
    svg.attr('width', geometry.width);
    svg.selectAll('.row-label').attr('x', geometry.left - 6);
    const data = seq.predictions.map((p, i) => ({ p, i, c: seq.chars[i] })).filter((d) => d.p);
    const column = columns.selectAll('g.prediction')
      .data(data)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'prediction');
        g.append('rect').attr('class', 'bg').attr('y', 1).attr('height', HEIGHT - 2);
        g.append('text').attr('class', 'char').attr('y', 16);
        g.append('rect').attr('class', 'bar').attr('y', 24).attr('height', 3);
        g.append('text').attr('class', 'prob').attr('y', 36);
        return g;
      })
      .attr('transform', (d) => `translate(${geometry.x(d.i)},0)`)
      .classed('wrong', (d) => d.p.wrong)
      .classed('open', (d) => Boolean(d.p.open));
    column.select('.bg').attr('width', cellW - 1);
    // In a wide column the cross follows the character; in a narrow one it takes the percentage's line.
    const wide = cellW >= 30;
    column.select('.char').attr('x', cellW / 2)
      .text((d) => displayChar(d.p.char) + (d.p.wrong && wide ? '\u2717' : ''));
    column.select('.bar').attr('x', 2).attr('width', (d) => Math.max(1, (cellW - 4) * d.p.probability));
    // The percentage only where it fits; the bar carries it otherwise.
    column.select('.prob').attr('x', cellW / 2)
      .text((d) => (wide ? formatProbability(d.p.probability) : d.p.wrong ? '\u2717' : ''));
  }

  return { update };
}
