// The all-neurons heatmap as a picture to download: one layout ("picture") computed from the same
// numbers and colour scales the screen uses, drawn either as SVG text or on a canvas for a PNG, so
// the two files show the same cells. Pure module apart from pictureToPng (canvas).

import { displayChar } from './format.js';
import { rowHeight, labelEvery } from './layout.js';

const CELL_W = 16;
const LEFT = 44; // room for the "#12" row labels
const TITLE_H = 22;
const TOP = TITLE_H + 18; // title, then the characters above the columns
const PAD = 8;
const FONT = '12px sans-serif';

/**
 * The heatmap of one sequence as plain shapes: { width, height, title, cells, columns, rows, outline }.
 * `view` = { seq, hidden, layer, quantity, neuron, scaleOf, title }, what the explorer's heatmap draws:
 * seq.values[layer][quantity][step * hidden + neuron], coloured by scaleOf(neuron).css(value).
 */
export function heatmapPicture({ seq, hidden, layer, quantity, neuron, scaleOf, title }) {
  const rowH = rowHeight(hidden);
  const values = seq.values[layer][quantity];
  const cells = [];
  for (let n = 0; n < hidden; n++) {
    const scale = scaleOf(n);
    for (let i = 0; i < seq.steps; i++) {
      cells.push({ x: LEFT + i * CELL_W, y: TOP + n * rowH, w: CELL_W, h: rowH, fill: scale.css(values[i * hidden + n]) });
    }
  }
  const every = labelEvery(rowH);
  const rows = [];
  for (let n = 0; n < hidden; n++) {
    if (n % every === 0 || n === neuron) {
      rows.push({ x: LEFT - 6, y: TOP + n * rowH + rowH / 2, text: `#${n}`, selected: n === neuron });
    }
  }
  const columns = seq.chars.map((c, i) => ({ x: LEFT + i * CELL_W + CELL_W / 2, y: TOP - 6, text: displayChar(c) }));
  return {
    width: LEFT + seq.steps * CELL_W + PAD,
    height: TOP + hidden * rowH + PAD,
    title: title ?? `layer ${layer} \u00B7 ${quantity}`,
    cells,
    columns,
    rows,
    outline: { x: LEFT - 1, y: TOP + neuron * rowH - 1, w: seq.steps * CELL_W + 2, h: rowH + 2 },
  };
}

const XML = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
/** Text safe inside an XML element or attribute; characters XML 1.0 cannot hold become U+FFFD. */
export function escapeXml(text) {
  return String(text)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD')
    .replace(/[&<>"']/g, (c) => XML[c]);
}

/** The picture as a standalone SVG document. */
export function pictureToSvg(p) {
  const rect = (r, extra = '') => `<rect x="${r.x}" y="${r.y}" width="${r.w}" height="${r.h}"${extra}/>`;
  const text = (t, anchor, extra = '') =>
    `<text x="${t.x}" y="${t.y}" text-anchor="${anchor}"${extra}>${escapeXml(t.text)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${p.width}" height="${p.height}" viewBox="0 0 ${p.width} ${p.height}" font-family="sans-serif" font-size="12">`,
    `<title>${escapeXml(p.title)}</title>`,
    `<rect width="${p.width}" height="${p.height}" fill="#ffffff"/>`,
    text({ x: 4, y: 15, text: p.title }, 'start', ' font-weight="bold"'),
    '<g class="cells" shape-rendering="crispEdges">',
    ...p.cells.map((c) => rect(c, ` fill="${c.fill}"`)),
    '</g>',
    '<g class="columns">', ...p.columns.map((t) => text(t, 'middle')), '</g>',
    '<g class="rows" dominant-baseline="middle">',
    ...p.rows.map((t) => text(t, 'end', t.selected ? ' font-weight="bold"' : '')),
    '</g>',
    rect(p.outline, ' fill="none" stroke="#222222" stroke-width="2"'),
    '</svg>',
    '',
  ].join('\n');
}

/** The picture as a PNG Blob, drawn on a canvas at `pixelRatio` times its size. */
export function pictureToPng(p, { pixelRatio = 2, doc = globalThis.document } = {}) {
  const canvas = doc.createElement('canvas');
  canvas.width = Math.round(p.width * pixelRatio);
  canvas.height = Math.round(p.height * pixelRatio);
  const ctx = canvas.getContext('2d');
  ctx.scale(pixelRatio, pixelRatio);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, p.width, p.height);
  for (const c of p.cells) {
    ctx.fillStyle = c.fill;
    ctx.fillRect(c.x, c.y, c.w, c.h);
  }
  ctx.fillStyle = '#222222';
  ctx.font = `bold ${FONT}`;
  ctx.textAlign = 'left';
  ctx.fillText(p.title, 4, 15);
  ctx.textAlign = 'center';
  for (const t of p.columns) {
    ctx.font = FONT;
    ctx.fillText(t.text, t.x, t.y);
  }
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (const t of p.rows) {
    ctx.font = t.selected ? `bold ${FONT}` : FONT;
    ctx.fillText(t.text, t.x, t.y);
  }
  ctx.strokeStyle = '#222222';
  ctx.lineWidth = 2;
  ctx.strokeRect(p.outline.x, p.outline.y, p.outline.w, p.outline.h);
  return new Promise((resolve, reject) => canvas.toBlob(
    (blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode the PNG'))), 'image/png'));
}
