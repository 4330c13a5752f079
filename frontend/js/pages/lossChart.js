// The live training chart: loss (left axis) and accuracy (right axis, 0-100 %) against the step.
// The x axis runs a quarter past the last step (never past maxSteps), so the lines fill most of the
// chart whether the run solves at step 80 of 5,000 or trains to the end.

const HEIGHT = 210;
const M = { top: 22, right: 48, bottom: 28, left: 52 };

/** Returns { add({ step, loss, accuracy }), setMaxSteps(n) }. */
export function createLossChart(container) {
  const d3 = globalThis.d3;
  const svg = d3.select(container).append('svg').attr('class', 'loss-chart').attr('height', HEIGHT);
  const gx = svg.append('g').attr('class', 'axis x');
  const gLoss = svg.append('g').attr('class', 'axis loss');
  const gAcc = svg.append('g').attr('class', 'axis accuracy');
  const lossPath = svg.append('path').attr('class', 'line loss');
  const accPath = svg.append('path').attr('class', 'line accuracy');
  const xLabel = svg.append('text').attr('class', 'axis-label').attr('text-anchor', 'end').text('step');
  svg.append('text').attr('class', 'axis-label loss').attr('x', 4).attr('y', 11).text('loss');
  const accLabel = svg.append('text').attr('class', 'axis-label accuracy').attr('text-anchor', 'end').attr('y', 11).text('accuracy');
  const points = [];
  let maxSteps = 1;
  let scheduled = false;

  function add({ step, loss, accuracy }) {
    if (!Number.isFinite(step)) return;
    while (points.length && points[points.length - 1].step >= step) points.pop();
    points.push({ step, loss, accuracy });
    schedule();
  }

  function setMaxSteps(n) {
    maxSteps = Math.max(1, n || 1);
    schedule();
  }

  function schedule() {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      draw();
    });
  }

  function draw() {
    const width = Math.max(container.clientWidth, 240);
    svg.attr('width', width);
    const last = points.at(-1)?.step ?? 0;
    const end = last > maxSteps ? last : Math.min(maxSteps, Math.max(100, Math.ceil(last * 1.25)));
    const x = d3.scaleLinear([0, end], [M.left, width - M.right]);
    const lossMax = d3.max(points, (p) => p.loss) || 1;
    const yLoss = d3.scaleLinear([0, lossMax], [HEIGHT - M.bottom, M.top]).nice();
    const yAcc = d3.scaleLinear([0, 1], [HEIGHT - M.bottom, M.top]);
    gx.attr('transform', `translate(0,${HEIGHT - M.bottom})`)
      .call(d3.axisBottom(x).ticks(Math.max(2, width / 90)).tickFormat(d3.format('~s')));
    gLoss.attr('transform', `translate(${M.left},0)`).call(d3.axisLeft(yLoss).ticks(5));
    gAcc.attr('transform', `translate(${width - M.right},0)`).call(d3.axisRight(yAcc).ticks(5, '.0%'));
    xLabel.attr('x', width - M.right).attr('y', HEIGHT - 2);
    accLabel.attr('x', width - 4);
    lossPath.attr('d', d3.line((p) => x(p.step), (p) => yLoss(p.loss)).defined((p) => Number.isFinite(p.loss))(points));
    accPath.attr('d', d3.line((p) => x(p.step), (p) => yAcc(p.accuracy)).defined((p) => Number.isFinite(p.accuracy))(points));
  }

  new ResizeObserver(schedule).observe(container);
  return { add, setMaxSteps };
}
