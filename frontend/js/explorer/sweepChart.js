// The generalisation sweep: accuracy per length (N or M) past the lengths the network was trained on,
// which are shaded. Clicking a length adds that length's case to your sequences, so its strip,
// heatmap and predictions show where the network breaks down.

import { CHART } from './colors.js';
import { percent } from './neuronLabels.js';
import { showTooltip, hideTooltip } from './tooltip.js';

const W = 420;
const H = 170;
const PAD = { left: 38, top: 10, right: 8, bottom: 30 };

/** Returns { update({ sweep, variable, trainedMax }) }; onAddCase(sequence) when a length is clicked. */
export function createSweepChart(container, { onAddCase }) {
  const d3 = globalThis.d3;
  const svg = d3.select(container).append('svg').attr('class', 'sweep-chart')
    .attr('viewBox', `0 0 ${W} ${H}`).style('max-width', `${W * 1.4}px`);
  const plot = svg.append('g').attr('transform', `translate(${PAD.left},${PAD.top})`);
  const trained = plot.append('rect').attr('class', 'trained').attr('fill', CHART.trained);
  const trainedText = plot.append('text').attr('class', 'trained-label').attr('y', 12);
  const xAxis = plot.append('g').attr('class', 'axis x');
  const yAxis = plot.append('g').attr('class', 'axis y');
  const xTitle = plot.append('text').attr('class', 'axis-title');
  const line = plot.append('path').attr('fill', 'none').attr('stroke', CHART.line).attr('stroke-width', 1.5);
  const dots = plot.append('g');
  const hits = plot.append('g'); // one transparent column per length, on top: the click and hover target
  const w = W - PAD.left - PAD.right;
  const h = H - PAD.top - PAD.bottom;
  const y = d3.scaleLinear([0, 1], [h, 0]);
  yAxis.call(d3.axisLeft(y).ticks(4).tickFormat(d3.format('.0%')));

  hits.on('click', (event) => {
    const d = event.target.closest('rect.sweep-hit')?.__data__;
    if (d?.example) onAddCase(d.example);
  });
  hits.on('pointerover', (event) => {
    const d = event.target.closest('rect.sweep-hit')?.__data__;
    if (!d) return;
    showTooltip([`${current.variable} = ${d.length}: ${percent(d.accuracy)} (${d.correct} of ${d.cases} cases)`,
      d.example ? 'click to add its case to your sequences' : ''], event.clientX, event.clientY);
  });
  hits.on('pointerleave', hideTooltip);
  let current = null;

  function update({ sweep, variable, trainedMax }) {
    current = { variable };
    const lengths = sweep.map((r) => r.length);
    const x = d3.scaleBand(lengths, [0, w]).padding(0.1);
    const cx = (len) => x(len) + x.bandwidth() / 2;
    // Every few lengths, and the last trained one, unless it would crowd a neighbour.
    const every = Math.ceil(lengths.length / 12);
    const ticks = lengths.filter((len, k) => k % every === 0);
    if (lengths.includes(trainedMax) && ticks.every((t) => Math.abs(t - trainedMax) >= every)) ticks.push(trainedMax);
    xAxis.attr('transform', `translate(0,${h})`).call(d3.axisBottom(x).tickValues(ticks));
    xTitle.attr('x', w / 2).attr('y', h + 27).text(`${variable} (length)`);
    const inTrained = lengths.filter((len) => len <= trainedMax);
    const right = inTrained.length ? x(inTrained[inTrained.length - 1]) + x.bandwidth() + x.step() * x.paddingInner() / 2 : 0;
    trained.attr('x', 0).attr('y', 0).attr('width', right).attr('height', h);
    trainedText.attr('x', Math.max(right - 4, 0)).attr('text-anchor', 'end').text(inTrained.length ? 'trained' : '');
    line.attr('d', d3.line((r) => cx(r.length), (r) => y(r.accuracy))(sweep));
    dots.selectAll('circle').data(sweep, (r) => r.length).join('circle')
      .attr('cx', (r) => cx(r.length)).attr('cy', (r) => y(r.accuracy)).attr('r', 3)
      .attr('fill', (r) => (r.accuracy < 1 ? CHART.held : CHART.line));
    hits.selectAll('rect.sweep-hit').data(sweep, (r) => r.length).join('rect').attr('class', 'sweep-hit')
      .attr('data-length', (r) => r.length)
      .attr('x', (r) => x(r.length)).attr('width', x.bandwidth()).attr('y', 0).attr('height', h)
      .attr('fill', 'transparent');
  }

  return { update };
}
