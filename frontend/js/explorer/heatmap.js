// (b) All-neurons heatmap: one sequence, neurons (rows) x steps (columns), drawn on a canvas
// (one pixel per cell, scaled up without smoothing) with SVG axes on top. Clicking a row or its
// label selects that neuron; hovering shows the exact value. Every row has a label: "#n" unless the
// caller gives `rowLabels` (one text per neuron, cut to the room on the left). Characters the network wrote itself (after a
// prefix's `typed` length) are drawn apart: a dashed line before them, their letters in italics.

import { displayChar, formatValue } from './format.js';
import { rowHeight, labelEvery, labelFont } from './layout.js';
import { showTooltip, hideTooltip } from './tooltip.js';

const TOP = 20; // room for the characters above the columns

/**
 * Returns { update(props) }, props = { seq, hidden, layer, quantity, neuron, scaleOf, geometry, rowLabels? };
 * `seq.typed`, when set, is where the typed part of a prefix ends.
 */
export function createHeatmap(container, { onSelectNeuron }) {
  const d3 = globalThis.d3;
  const box = d3.select(container).append('div').attr('class', 'heatmap');
  const canvas = box.append('canvas').node();
  const svg = box.append('svg').attr('class', 'heatmap-axes');
  const xAxis = svg.append('g').attr('class', 'x-labels');
  const yAxis = svg.append('g').attr('class', 'y-labels');
  const typedEnd = svg.append('line').attr('class', 'typed-end');
  const selectedRow = svg.append('rect').attr('class', 'selected-row');
  const hoverCell = svg.append('rect').attr('class', 'hover-cell').attr('visibility', 'hidden');
  const capture = svg.append('rect').attr('class', 'capture').attr('fill', 'transparent');
  const pixels = document.createElement('canvas'); // steps x neurons, one pixel per value
  let props = null;
  let rowH = 16;

  function cellAt(event) {
    const [px, py] = d3.pointer(event, svg.node());
    const i = props.geometry.stepAt(px);
    const n = Math.floor((py - TOP) / rowH);
    return i >= 0 && i < props.seq.steps && n >= 0 && n < props.hidden ? { i, n } : null;
  }

  capture.on('pointermove', (event) => {
    const cell = props && cellAt(event);
    if (!cell) return hideHover();
    const { seq, hidden, layer, quantity, geometry } = props;
    const v = seq.values[layer][quantity][cell.i * hidden + cell.n];
    hoverCell.attr('visibility', 'visible').attr('x', geometry.x(cell.i)).attr('y', TOP + cell.n * rowH)
      .attr('width', geometry.cellW).attr('height', rowH);
    showTooltip([`neuron #${cell.n}, step ${cell.i + 1} \u201C${displayChar(seq.chars[cell.i])}\u201D`,
      `${quantity}: ${formatValue(v)}`], event.clientX, event.clientY);
  });
  capture.on('pointerleave', hideHover);
  yAxis.on('click', (event) => {
    const label = event.target.closest('text[data-neuron]');
    if (label) onSelectNeuron(Number(label.dataset.neuron));
  });
  capture.on('click', (event) => {
    const cell = props && cellAt(event);
    if (cell) onSelectNeuron(cell.n);
  });

  function hideHover() {
    hoverCell.attr('visibility', 'hidden');
    hideTooltip();
  }

  function update(next) {
    props = next;
    const { seq, hidden, layer, quantity, neuron, scaleOf, geometry } = props;
    rowH = rowHeight(hidden);
    const width = geometry.width;
    const height = TOP + hidden * rowH + 2;
    box.style('width', `${width}px`).style('height', `${height}px`);
    svg.attr('width', width).attr('height', height);
    drawCells(seq.values[layer][quantity], seq.steps, hidden, scaleOf, geometry);

    const typed = seq.typed ?? seq.steps;
    xAxis.selectAll('text').data(seq.chars).join('text')
      .attr('x', (c, i) => geometry.x(i) + geometry.cellW / 2).attr('y', TOP - 6)
      .classed('generated', (c, i) => i >= typed)
      .text(displayChar);
    typedEnd.attr('visibility', typed < seq.steps ? 'visible' : 'hidden')
      .attr('x1', geometry.x(typed)).attr('x2', geometry.x(typed)).attr('y1', 2).attr('y2', height - 2);
    const every = labelEvery(rowH);
    const labelOf = (n) => next.rowLabels?.[n] ?? `#${n}`;
    yAxis.selectAll('text').data(d3.range(hidden).filter((n) => n % every === 0 || n === neuron)).join('text')
      .attr('x', geometry.left - 6).attr('y', (n) => TOP + n * rowH + rowH / 2)
      .attr('data-neuron', (n) => n)
      .style('font-size', `${labelFont(rowH)}px`)
      .classed('selected', (n) => n === neuron)
      .each(function (n) { writeLabel(this, labelOf(n), geometry.left - 8, labelFont(rowH)); });
    selectedRow.attr('x', geometry.left - 1).attr('y', TOP + neuron * rowH - 1)
      .attr('width', seq.steps * geometry.cellW + 2).attr('height', rowH + 2);
    // The labels stay outside the capture rectangle, so a click on one reaches it.
    capture.attr('x', geometry.left).attr('y', TOP).attr('width', Math.max(0, width - geometry.left)).attr('height', hidden * rowH);
  }

  /** A row label cut to `room` px (with "…"), its whole text in a tooltip when cut. */
  function writeLabel(node, text, room, font) {
    const fits = Math.max(3, Math.floor(room / (font * 0.56)));
    const shown = text.length > fits ? `${text.slice(0, fits - 1)}\u2026` : text;
    node.textContent = shown;
    if (shown !== text) d3.select(node).append('title').text(text);
  }

  /** Brings the selected neuron's row into view (after a key press moved it off screen). */
  function revealSelected() {
    const label = yAxis.select('text.selected').node();
    if (label) label.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  function drawCells(values, steps, hidden, scaleOf, geometry) {
    pixels.width = steps;
    pixels.height = hidden;
    const image = new ImageData(Math.max(steps, 1), Math.max(hidden, 1));
    for (let n = 0; n < hidden; n++) {
      const { lut, index } = scaleOf(n);
      for (let i = 0; i < steps; i++) {
        const k = index(values[i * hidden + n]) * 3;
        const p = (n * steps + i) * 4;
        image.data[p] = lut[k];
        image.data[p + 1] = lut[k + 1];
        image.data[p + 2] = lut[k + 2];
        image.data[p + 3] = 255;
      }
    }
    if (steps > 0 && hidden > 0) pixels.getContext('2d').putImageData(image, 0, 0);
    const dpr = window.devicePixelRatio || 1;
    const w = steps * geometry.cellW;
    const h = hidden * rowH;
    canvas.width = Math.round(w * dpr);
    canvas.height = Math.round(h * dpr);
    Object.assign(canvas.style, { left: `${geometry.left}px`, top: `${TOP}px`, width: `${w}px`, height: `${h}px` });
    const ctx = canvas.getContext('2d');
    ctx.imageSmoothingEnabled = false;
    if (steps > 0 && hidden > 0) ctx.drawImage(pixels, 0, 0, canvas.width, canvas.height);
  }

  return { update, revealSelected };
}
