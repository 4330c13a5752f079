// A comparison on the compare page, live or saved: the legend, the overlaid loss curves, a row per
// cell (status, step, loss, accuracy, first solve, a link to its run or snapshot), and for each network
// once it has ended its sweep and its best label per latent, from its own analysis.

import { api } from '../api.js';
import { el } from '../dom.js';
import { describeStatus, isFinal, formatLoss, formatAccuracy } from '../explorer/format.js';
import { formatR } from '../explorer/neuronLabels.js';
import { createCompareChart } from './compareChart.js';
import { createCompareSweep } from './compareSweep.js';
import { bestLabels, neuronName, sweepOf } from './compareState.js';

const steps = (n) => Number(n).toLocaleString('en-US');

/**
 * `comparison` as GET /api/comparisons/{id} answers it; `colourOf(cell)`; `task` from GET /api/tasks
 * (its latents head the labels table); a network whose analysis fails says why in its row. Returns { progress(runId, frame), update(comparison), members() }.
 */
export function createComparisonView(boxes, { comparison, colourOf, task }) {
  const series = comparison.members.map((m) => ({ key: m.cell, label: m.cellLabel, colour: colourOf(m.cell) }));
  boxes.legend.replaceChildren(...series.map((s) => el('span', { class: 'legend-entry', 'data-cell': s.key },
    el('span', { class: 'cell-swatch', style: `background:${s.colour}` }), s.label)));
  boxes.chart.replaceChildren();
  boxes.sweep.replaceChildren();
  const chart = createCompareChart(boxes.chart, series);
  chart.setMaxSteps(comparison.config.maxSteps);
  const sweep = task?.sweep ? createCompareSweep(boxes.sweep, series) : null;
  if (!sweep) boxes.sweep.append(el('p', { class: 'compare-pending' }, `${task?.title ?? comparison.task} has no sweep.`));
  const members = new Map(comparison.members.map((m) => [m.cell, { ...m, analysis: null, asked: false }]));
  const byRun = new Map(comparison.members.filter((m) => m.run).map((m) => [m.run, m.cell]));
  const rows = new Map();
  boxes.table.replaceChildren(...comparison.members.map((m) => {
    const row = el('tr', { 'data-cell': m.cell });
    rows.set(m.cell, row);
    return row;
  }));
  for (const m of members.values()) {
    (m.history ?? []).forEach((point) => chart.add(m.cell, point));
    chart.add(m.cell, m);
  }
  members.forEach(showMember);
  showLabels();

  function showMember(m) {
    const href = m.snapshot ? `/s/${encodeURIComponent(m.snapshot)}` : m.run && m.status !== 'gone'
      ? `/runs/${encodeURIComponent(m.run)}` : null;
    const name = [el('span', { class: 'cell-swatch', style: `background:${colourOf(m.cell)}` }), m.cellLabel];
    const status = m.status === 'gone' ? `gone: ${m.error}` : describeStatus({ ...m, task: comparison.task });
    const solved = m.solvedAtStep != null ? `step ${steps(m.solvedAtStep)}` : isFinal(m.status) ? 'never' : 'not yet';
    rows.get(m.cell).replaceChildren(
      el('td', { class: 'cell' }, href ? el('a', { href, title: m.snapshot ? 'the saved network' : 'its run' }, ...name) : el('span', {}, ...name)),
      el('td', { class: 'status', 'data-status': m.status }, status),
      el('td', { class: 'number step' }, `${steps(m.step ?? 0)} / ${steps(comparison.config.maxSteps)}`),
      el('td', { class: 'number loss' }, formatLoss(m.loss)),
      el('td', { class: 'number accuracy' }, formatAccuracy(m.accuracy)),
      el('td', { class: 'number solved', 'data-step': m.solvedAtStep ?? '' }, solved));
    if ((isFinal(m.status) || comparison.saved) && !m.asked) analyse(m);
  }

  /** The ended network's analysis: its sweep and labels. */
  async function analyse(m) {
    m.asked = true;
    const base = m.snapshot ? `/api/snapshots/${encodeURIComponent(m.snapshot)}` : `/api/runs/${encodeURIComponent(m.run)}`;
    try {
      m.analysis = await api(`${base}/analysis`);
      sweep?.set(m.cell, sweepOf(m.analysis));
    } catch (e) {
      m.analysisError = e.message; // shown in its row of the labels
    }
    showLabels();
  }

  function showLabels() {
    const latents = task?.latents ?? [];
    if (!latents.length) {
      boxes.labels.replaceChildren(el('p', { class: 'compare-pending' }, 'This task has no latent variables to label neurons by.'));
      return;
    }
    const head = el('tr', {}, el('th', {}, 'Cell'), ...latents.map((l) => el('th', {}, l)));
    const body = [...members.values()].map((m) => {
      const best = new Map(bestLabels(m.analysis).map((b) => [b.latent, b]));
      const cells = m.analysisError ? [el('td', { class: 'problem', colspan: latents.length },
        `No analysis: ${m.analysisError}`)] : latents.map((latent) => {
        if (!m.analysis) return el('td', { class: 'compare-pending' }, 'once it has ended');
        const b = best.get(latent);
        return b ? el('td', { 'data-latent': latent }, neuronName(b, comparison.config.layers), ' ',
          el('span', { class: 'r' }, `(${formatR(b.r)})`)) : el('td', {}, '\u2013');
      });
      return el('tr', { 'data-cell': m.cell, 'data-analysed': String(Boolean(m.analysis)) },
        el('th', {}, el('span', { class: 'cell-swatch', style: `background:${colourOf(m.cell)}` }), m.cellLabel), ...cells);
    });
    boxes.labels.replaceChildren(el('table', { class: 'compare-labels' }, el('thead', {}, head), el('tbody', {}, ...body)));
  }

  function merge(cell, fields) {
    const m = members.get(cell);
    if (!m) return;
    Object.assign(m, fields);
    chart.add(cell, m);
    showMember(m);
  }

  return {
    progress(runId, frame) {
      const { step, loss, accuracy, status, solvedAtStep, elapsedMs, error } = frame;
      merge(byRun.get(runId), { step, loss, accuracy, status, solvedAtStep, elapsedMs, error });
    },
    update(latest) {
      // Where each stands now; an ended network's curve is drawn anew from its whole history (evaluated every
      // 20 steps: denser than the progress frames of a fast run), as it will be when the comparison is reopened.
      for (const { history, ...fields } of latest.members) {
        if (isFinal(fields.status)) chart.redraw(fields.cell, [...(history ?? []), fields]);
        merge(fields.cell, fields);
      }
    },
    members: () => [...members.values()],
  };
}
