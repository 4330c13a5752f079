// The live training chart against the step: the training loss (left axis, nats per character) from
// every progress frame, the evaluations on top of it (accuracy, right axis 0-100 %, a dot at each),
// a custom run's validation loss (dashed), and the solve as a marked moment, not the end. The x axis
// runs a quarter past the last step (never past maxSteps), so the lines fill most of the chart.

const HEIGHT = 210;
const M = { top: 22, right: 48, bottom: 28, left: 52 };

/** Keeps `list` increasing in step: a point at or before the last one replaces what follows. */
export function put(list, point) {
  while (list.length && list[list.length - 1].step >= point.step) list.pop();
  list.push(point);
}

/**
 * The step axis of a chart `height` high in `svg` with margins `m`: returns draw(width, last, maxSteps), which
 * lays it out to a quarter past the last step drawn (at least 100, never past maxSteps) and answers its scale.
 */
export function stepAxis(svg, height, m) {
  const d3 = globalThis.d3;
  const axis = svg.append('g').attr('class', 'axis x');
  const label = svg.append('text').attr('class', 'axis-label').attr('text-anchor', 'end').text('step');
  return (width, last, maxSteps) => {
    const end = last > maxSteps ? last : Math.min(maxSteps, Math.max(100, Math.ceil(last * 1.25)));
    const x = d3.scaleLinear([0, end], [m.left, width - m.right]);
    axis.attr('transform', `translate(0,${height - m.bottom})`)
      .call(d3.axisBottom(x).ticks(Math.max(2, width / 90)).tickFormat(d3.format('~s')));
    label.attr('x', width - m.right).attr('y', height - 2);
    return x;
  };
}

/** A function that has `draw` run once at the next animation frame, however often it is called before. */
export function onNextFrame(draw) {
  let scheduled = false;
  return () => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      draw();
    });
  };
}

/**
 * Returns { add(point), setMaxSteps(n) }: point = { step, loss?, accuracy?, validationLoss?, solvedAtStep? },
 * e.g. a progress frame or a history point. An accuracy different from the last one is a new evaluation.
 */
export function createLossChart(container) {
  const d3 = globalThis.d3;
  const svg = d3.select(container).append('svg').attr('class', 'loss-chart').attr('height', HEIGHT);
  const stepScale = stepAxis(svg, HEIGHT, M);
  const gLoss = svg.append('g').attr('class', 'axis loss');
  const gAcc = svg.append('g').attr('class', 'axis accuracy');
  const solveMark = svg.append('g').attr('class', 'solve-mark').attr('visibility', 'hidden');
  solveMark.append('line');
  solveMark.append('text').attr('y', M.top + 10).text('solved');
  const lossPath = svg.append('path').attr('class', 'line loss');
  const validationPath = svg.append('path').attr('class', 'line validation');
  const accPath = svg.append('path').attr('class', 'line accuracy');
  const accDots = svg.append('g').attr('class', 'dots accuracy');
  svg.append('text').attr('class', 'axis-label loss').attr('x', 4).attr('y', 11).text('loss (nats/char)');
  const accLabel = svg.append('text').attr('class', 'axis-label accuracy').attr('text-anchor', 'end').attr('y', 11).text('accuracy');
  const losses = [];
  const evaluations = [];
  let solvedAt = null;
  let maxSteps = 1;
  const schedule = onNextFrame(() => draw());

  function add({ step, loss, accuracy, validationLoss, solvedAtStep }) {
    if (!Number.isFinite(step)) return;
    if (Number.isFinite(loss)) put(losses, { step, loss, validationLoss });
    const last = evaluations.at(-1);
    if (Number.isFinite(accuracy) && (!last || last.accuracy !== accuracy || step < last.step)) {
      put(evaluations, { step, accuracy });
    }
    if (solvedAtStep != null) solvedAt = solvedAtStep;
    schedule();
  }

  function setMaxSteps(n) {
    maxSteps = Math.max(1, n || 1);
    schedule();
  }

  function draw() {
    const width = Math.max(container.clientWidth, 240);
    svg.attr('width', width);
    const last = Math.max(losses.at(-1)?.step ?? 0, evaluations.at(-1)?.step ?? 0);
    const x = stepScale(width, last, maxSteps);
    const lossMax = d3.max(losses, (p) => Math.max(p.loss, p.validationLoss ?? 0)) || 1;
    const yLoss = d3.scaleLinear([0, lossMax], [HEIGHT - M.bottom, M.top]).nice();
    const yAcc = d3.scaleLinear([0, 1], [HEIGHT - M.bottom, M.top]);
    gLoss.attr('transform', `translate(${M.left},0)`).call(d3.axisLeft(yLoss).ticks(5));
    gAcc.attr('transform', `translate(${width - M.right},0)`).call(d3.axisRight(yAcc).ticks(5, '.0%'));
    accLabel.attr('x', width - 4);
    lossPath.attr('d', d3.line((p) => x(p.step), (p) => yLoss(p.loss))(losses));
    validationPath.attr('d', d3.line((p) => x(p.step), (p) => yLoss(p.validationLoss))
      .defined((p) => Number.isFinite(p.validationLoss))(losses));
    accPath.attr('d', d3.line((p) => x(p.step), (p) => yAcc(p.accuracy)).curve(d3.curveStepAfter)(evaluations));
    accDots.selectAll('circle').data(evaluations).join('circle').attr('r', 2.5)
      .attr('cx', (p) => x(p.step)).attr('cy', (p) => yAcc(p.accuracy));
    solveMark.attr('visibility', solvedAt === null ? 'hidden' : 'visible')
      .attr('transform', `translate(${x(solvedAt ?? 0)},0)`);
    solveMark.select('line').attr('y1', M.top).attr('y2', HEIGHT - M.bottom);
    // What is drawn, for the browser tests: how many loss points and from which step.
    svg.attr('data-loss-points', losses.length).attr('data-first-loss-step', losses[0]?.step ?? '')
      .attr('data-evaluations', evaluations.length);
  }

  new ResizeObserver(schedule).observe(container);
  return { add, setMaxSteps };
}
