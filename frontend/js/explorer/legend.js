// A colour legend: the scale's gradient between its two ends, with a caption saying what it shows.

import { formatValue } from './format.js';

/**
 * Draws (or redraws) a legend into `container` (a DOM element).
 * `entries` = [{ caption, scale, min?, max? }]; min/max override the numbers at the ends
 * (e.g. "−max" when each neuron has its own domain).
 */
export function drawLegend(container, entries) {
  const d3 = globalThis.d3;
  const items = d3.select(container).classed('legend', true)
    .selectAll('div.legend-item')
    .data(entries)
    .join((enter) => {
      // The caption may wrap onto its own line in a narrow panel; the scale (min, bar, max) never splits.
      const item = enter.append('div').attr('class', 'legend-item');
      item.append('span').attr('class', 'legend-caption');
      const scale = item.append('span').attr('class', 'legend-scale');
      scale.append('span').attr('class', 'legend-min');
      scale.append('span').attr('class', 'legend-bar');
      scale.append('span').attr('class', 'legend-max');
      return item;
    });
  items.select('.legend-caption').text((d) => d.caption);
  items.select('.legend-min').text((d) => d.min ?? formatEnd(d.scale.domain[0]));
  items.select('.legend-max').text((d) => d.max ?? formatEnd(d.scale.domain[1]));
  items.select('.legend-bar').style('background', (d) => `linear-gradient(to right, ${d.scale.stops.join(', ')})`);
}

function formatEnd(v) {
  return Number.isInteger(v) ? formatValue(v).replace(/\.0+$/, '') : formatValue(v).replace(/0+$/, '');
}
