import test from 'node:test';
import assert from 'node:assert/strict';
import { shareUrl, snapshotDownloadUrl, tracesFileUrl, heatmapFilename, dispositionFilename } from '../js/pages/shareLinks.js';
import { parseViewState, defaultViewState } from '../js/explorer/viewState.js';
import { heatmapPicture, pictureToSvg, escapeXml } from '../js/explorer/exportImage.js';
import { makeScale } from '../js/explorer/colors.js';
import { decodeTraces } from '../js/explorer/frames.js';
import { makeTrace, LSTM } from './fixtures.js';

test('the share link opens the snapshot on exactly the view state, typed sequences included', () => {
  const state = { ...defaultViewState(), layer: 1, neuron: 4, quantity: 'forget', scale: 'global',
    seq: ['aaaaXbbbb', 'a&b=c?#'], sel: 'a&b=c?#' };
  const url = new URL(shareUrl('http://host:8080', 'AbC_-9', state));
  assert.equal(url.origin, 'http://host:8080');
  assert.equal(url.pathname, '/s/AbC_-9');
  assert.deepEqual(parseViewState(url.search), state);
  assert.equal(shareUrl('http://h', 'x', defaultViewState()), 'http://h/s/x', 'the default view adds no query');
});

test('download addresses: the trace files of a run or snapshot, the snapshot as a file', () => {
  assert.equal(tracesFileUrl('snapshots', 'id1', 'csv'), '/api/snapshots/id1/traces.csv');
  assert.equal(tracesFileUrl('runs', 'r/1', 'json'), '/api/runs/r%2F1/traces.json');
  assert.equal(snapshotDownloadUrl('a/b'), '/api/snapshots/a%2Fb?download=true');
});

test('file names: from the server when it names one, else ours; heatmap names say what they show', () => {
  assert.equal(dispositionFilename('attachment; filename="traces-x.csv"', 'f'), 'traces-x.csv');
  assert.equal(dispositionFilename(null, 'fallback.json'), 'fallback.json');
  assert.equal(heatmapFilename('a/b', { layer: 1, quantity: 'forget', neuron: 3 }, 'svg'), 'heatmap-a_b-layer1-forget-neuron3.svg');
});

// 2 neurons x "aXb": value = step - neuron, so every cell's colour is known.
function view(quantity = 'cell', neuron = 1) {
  const data = decodeTraces([makeTrace('aXb', { hidden: 2, f: (q, l, i, n) => (i - n) / 2 })], LSTM);
  const scale = makeScale('diverging', 1);
  return { seq: data.sequences[0], hidden: 2, layer: 0, quantity, neuron, scaleOf: () => scale, title: 'A <"title"> & more' };
}

test('the heatmap picture has one cell per neuron and step, coloured by the screen\'s scale', () => {
  const v = view();
  const p = heatmapPicture(v);
  assert.equal(p.cells.length, 2 * 3);
  const scale = v.scaleOf(0);
  // cell of neuron n, step i is cells[n * steps + i]
  for (let n = 0; n < 2; n++) {
    for (let i = 0; i < 3; i++) assert.equal(p.cells[n * 3 + i].fill, scale.css((i - n) / 2));
  }
  assert.equal(p.cells[0].fill, 'rgb(255,255,255)', 'zero is white');
  assert.equal(p.cells[1].y, p.cells[0].y, 'a row is one neuron');
  assert.ok(p.cells[3].y > p.cells[0].y);
  assert.deepEqual(p.columns.map((c) => c.text), ['a', 'X', 'b']);
  assert.deepEqual(p.rows.map((r) => [r.text, r.selected]), [['#0', false], ['#1', true]]);
  assert.equal(p.outline.y, p.cells[3].y - 1, 'the selected neuron is outlined');
  assert.ok(p.width >= p.cells[5].x + p.cells[5].w && p.height >= p.cells[5].y + p.cells[5].h);
});

test('the SVG holds the same cells and escapes all text', () => {
  const p = heatmapPicture(view());
  const svg = pictureToSvg(p);
  assert.ok(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'));
  const fills = [...svg.matchAll(/<rect x="[^"]+" y="[^"]+" width="16" height="\d+" fill="([^"]+)"\/>/g)].map((m) => m[1]);
  assert.deepEqual(fills, p.cells.map((c) => c.fill));
  assert.ok(svg.includes('<title>A &lt;&quot;title&quot;&gt; &amp; more</title>'));
  assert.ok(!svg.includes('<"title">'));
  assert.equal(escapeXml('a\u0001<b>'), 'a\uFFFD&lt;b&gt;');
});
