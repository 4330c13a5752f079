// The compare page's loss chart: each cell's training loss against the step, one colour per cell,
// from its history and every progress frame, and a dashed line in its colour where it first solved
// the task. The x axis runs as the run page's does (a quarter past the last step, never past maxSteps).

import { put, stepAxis, onNextFrame } from './lossChart.js';

const HEIGHT = 240;
const M = { top: 22, right: 16, bottom: 28, left: 52 };

/**
 * `series`: [{ key, label, colour }]. Returns { add(key, point), redraw(key, points), setMaxSteps(n) }:
 * point = { step, loss?, solvedAtStep? }, a progress frame or a history point; redraw draws a curve anew.
 */
export function createCompareChart(container, series) {
  const d3 = globalThis.d3;
  const svg = d3.select(container).append('svg').attr('class', 'loss-chart compare-chart').attr('height', HEIGHT);
  const stepScale = stepAxis(svg, HEIGHT, M);
  const gy = svg.append('g').attr('class', 'axis y');
  svg.append('text').attr('class', 'axis-label').attr('x', 4).attr('y', 11).text('loss (nats/char)');
  const lines = new Map(series.map((s) => [s.key, {
    ...s,
    points: [],
    solvedAt: null,
    solve: svg.append('g').attr('class', 'solve').attr('data-cell', s.key).attr('visibility', 'hidden')
      .call((g) => g.append('line').style('stroke', s.colour))
      .call((g) => g.append('title').text(`${s.label} first solved here`)),
    path: svg.append('path').attr('class', 'line loss').style('stroke', s.colour).attr('data-cell', s.key),
  }]));
  let maxSteps = 1;
  const schedule = onNextFrame(draw);

  function add(key, { step, loss, solvedAtStep }) {
    const line = lines.get(key);
    if (!line || !Number.isFinite(step)) return;
    if (Number.isFinite(loss)) put(line.points, { step, loss });
    if (solvedAtStep != null) line.solvedAt = solvedAtStep;
    schedule();
  }

  function redraw(key, points) {
    const line = lines.get(key);
    if (!line) return;
    line.points = [];
    points.forEach((point) => add(key, point));
  }

  function setMaxSteps(n) {
    maxSteps = Math.max(1, n || 1);
    schedule();
  }

  function draw() {
    const width = Math.max(container.clientWidth, 240);
    svg.attr('width', width);
    const all = [...lines.values()];
    const last = d3.max(all, (l) => l.points.at(-1)?.step ?? 0) ?? 0;
    const x = stepScale(width, last, maxSteps);
    const lossMax = d3.max(all, (l) => d3.max(l.points, (p) => p.loss)) || 1;
    const y = d3.scaleLinear([0, lossMax], [HEIGHT - M.bottom, M.top]).nice();
    gy.attr('transform', `translate(${M.left},0)`).call(d3.axisLeft(y).ticks(5));
    for (const line of all) {
      line.path.attr('d', d3.line((p) => x(p.step), (p) => y(p.loss))(line.points))
        .attr('data-points', line.points.length); // for the browser tests: how much of the curve is drawn
      line.solve.attr('visibility', line.solvedAt === null ? 'hidden' : 'visible')
        .attr('transform', `translate(${x(line.solvedAt ?? 0)},0)`).attr('data-step', line.solvedAt ?? '');
      line.solve.select('line').attr('y1', M.top).attr('y2', HEIGHT - M.bottom);
    }
  }

  new ResizeObserver(schedule).observe(container);
  return { add, redraw, setMaxSteps };
}
