// The compare page's generalisation sweep: accuracy per length for each cell's network once it has
// ended, one colour per cell, over the lengths trained on (shaded) and past them.

const W = 560;
const H = 200;
const PAD = { left: 40, top: 10, right: 10, bottom: 32 };
const DASHES = ['none', '7 4', '2 3', '10 3 2 3', '4 2'];

/** Returns { set(key, sweep | null) } with sweep = { variable, trainedMax, points: [{length, accuracy}] }. */
export function createCompareSweep(container, series) {
  const d3 = globalThis.d3;
  const svg = d3.select(container).append('svg').attr('class', 'compare-sweep')
    .attr('viewBox', `0 0 ${W} ${H}`).style('max-width', `${W * 1.4}px`).style('width', '100%');
  const plot = svg.append('g').attr('transform', `translate(${PAD.left},${PAD.top})`);
  const w = W - PAD.left - PAD.right;
  const h = H - PAD.top - PAD.bottom;
  const trained = plot.append('rect').attr('class', 'trained').attr('y', 0).attr('height', h);
  const trainedText = plot.append('text').attr('class', 'axis-label').attr('y', 12).attr('text-anchor', 'end');
  const xAxis = plot.append('g').attr('class', 'axis x').attr('transform', `translate(0,${h})`);
  const xTitle = plot.append('text').attr('class', 'axis-label').attr('text-anchor', 'middle').attr('x', w / 2).attr('y', h + 28);
  const y = d3.scaleLinear([0, 1], [h, 0]);
  plot.append('g').attr('class', 'axis y').call(d3.axisLeft(y).ticks(4).tickFormat(d3.format('.0%')));
  const lines = new Map(series.map((s, k) => [s.key, {
    ...s,
    sweep: null,
    // Networks often agree (all 100%, or all 0% past the trained lengths): a dash of its own keeps each line seen.
    path: plot.append('path').attr('class', 'line').style('stroke', s.colour).attr('data-cell', s.key)
      .style('stroke-dasharray', DASHES[k % DASHES.length]),
    dots: plot.append('g').attr('fill', s.colour),
  }]));
  svg.attr('data-lines', 0).style('display', 'none'); // until the first network has ended

  function set(key, sweep) {
    const line = lines.get(key);
    if (!line) return;
    line.sweep = sweep;
    draw();
  }

  function draw() {
    const drawn = [...lines.values()].filter((l) => l.sweep);
    if (!drawn.length) return;
    const { variable, trainedMax } = drawn[0].sweep;
    const lengths = d3.range(1, d3.max(drawn, (l) => d3.max(l.sweep.points, (p) => p.length)) + 1);
    const x = d3.scalePoint(lengths, [0, w]).padding(0.5);
    const every = Math.ceil(lengths.length / 12);
    xAxis.call(d3.axisBottom(x).tickValues(lengths.filter((len, k) => k % every === 0 || len === trainedMax)));
    xTitle.text(`${variable} (length)`);
    const right = Math.min(w, x(trainedMax) + x.step() / 2);
    trained.attr('x', 0).attr('width', Math.max(0, right));
    trainedText.attr('x', right - 4).text('trained');
    for (const line of drawn) {
      line.path.attr('d', d3.line((p) => x(p.length), (p) => y(p.accuracy))(line.sweep.points))
        .attr('data-points', line.sweep.points.length);
      line.dots.selectAll('circle').data(line.sweep.points).join('circle').attr('r', 2.5)
        .attr('cx', (p) => x(p.length)).attr('cy', (p) => y(p.accuracy))
        .call((c) => c.selectAll('title').data((p) => [p]).join('title')
          .text((p) => `${line.label}, ${variable} = ${p.length}: ${Math.round(p.accuracy * 100)}%`));
    }
    svg.attr('data-lines', drawn.length).style('display', null);
  }

  return { set };
}
