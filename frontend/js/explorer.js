// The explorer: neuron strips, all-neurons heatmap, predictions and neuron detail for one network's
// traces, composed from the small views in ./explorer/. All view state is in the URL (viewState.js).
//
//   const explorer = createExplorer(element);
//   explorer.setTraces(data);         // decoded traces (frames.js, compactFrames.js); cheap enough for every live frame
//   explorer.setState({ neuron: 3 }); // or the user clicks; the URL follows in place
//   explorer.setNetworkLines('the task\'s evaluation cases'); // what the network's own sequences are
//   explorer.setAnalysis(analysis);   // GET .../analysis: panel, labels; opens on its focus when the URL names no view
//   explorer.setAblation({ key, data, result }); // POST .../ablate's answer for the state's intervention

import { el } from './dom.js';
import { neuronScales, makeScale, legendsByKind } from './explorer/colors.js';
import { displaySequence } from './explorer/format.js';
import { decodeTraces, maxByNeuron } from './explorer/frames.js';
import { defaultQuantity, resolveQuantity, quantityOf, isState, countWord } from './explorer/quantities.js';
import { parseViewState, defaultViewState, writeViewState, hasViewState } from './explorer/viewState.js';
import { stepGeometry, labelRoom } from './explorer/layout.js';
import { createControls } from './explorer/controls.js';
import { createStrips } from './explorer/strips.js';
import { createHeatmap } from './explorer/heatmap.js';
import { createPredictions } from './explorer/predictions.js';
import { createDetail } from './explorer/detail.js';
import { drawLegend } from './explorer/legend.js';
import { bindNeuronKeys } from './explorer/keys.js';
import { typedLengths, judged } from './explorer/prefixes.js';
import { chooseRows, defaultSelection, describeRows, createLinesControl } from './explorer/lines.js';
import { createExplaining } from './explorer/explaining.js';

const UNIT_DIVERGING = makeScale('diverging', 1);

export function createExplorer(root, { syncUrl = true, onStateChange = () => {}, stripLimit = 100 } = {}) {
  let state = syncUrl ? parseViewState(window.location.search) : defaultViewState();
  let data = null;
  let limit = stripLimit;
  let heatmapView = null; // what the heatmap last drew, for the image downloads (exportImage.js)
  let networkLines = 'the network\'s sequences';
  // With no view in the URL, the view follows the analysis' focus until the user chooses something.
  let followFocus = syncUrl && !hasViewState(window.location.search);

  const part = (cls, tag = 'div') => el(tag, { class: cls });
  const ui = {
    controls: part('ex-controls'), empty: el('p', { class: 'ex-empty' }, 'Waiting for the first activations\u2026'),
    stripsTitle: part('ex-title', 'h3'), stripsLegend: part('ex-legend'), strips: part('ex-strips-box'),
    lines: part('ex-lines'), scrollHint: el('p', { class: 'ex-scroll-hint', hidden: true }, 'scroll sideways for the rest \u2192'),
    more: el('button', { type: 'button', class: 'ex-more', hidden: true }),
    heatmapTitle: part('ex-title', 'h3'), heatmapLegend: part('ex-legend'), focus: part('ex-scroll'),
    detailTitle: part('ex-title', 'h3'), detailLegend: part('ex-legend'), detail: part('ex-scroll'),
  };
  const body = el('div', { class: 'ex-body', hidden: true },
    el('section', { class: 'panel ex-strips' }, el('header', {}, ui.stripsTitle, ui.stripsLegend), ui.lines, ui.strips, ui.more),
    el('section', { class: 'panel ex-focus' },
      el('header', {}, ui.heatmapTitle, ui.heatmapLegend), ui.scrollHint, ui.focus,
      el('header', {}, ui.detailTitle, ui.detailLegend), ui.detail));
  const explaining = createExplaining({ onChange: setState });
  ui.detailTitle.after(explaining.toggle);
  ui.detail.before(explaining.detailLabel);
  root.classList.add('explorer');
  root.replaceChildren(ui.controls, explaining.bar, ui.empty, body, explaining.panel);

  const controls = createControls(ui.controls, { onChange: setState });
  const strips = createStrips(ui.strips, { onSelect: (s) => setState({ sel: data.sequences[s].text }) });
  const heatmap = createHeatmap(ui.focus, { onSelectNeuron: (neuron) => setState({ neuron }) });
  const predictions = createPredictions(ui.focus);
  const detail = createDetail(ui.detail, { onSelectQuantity: (quantity) => setState({ quantity }) });
  ui.more.addEventListener('click', () => { limit = Infinity; render(); });
  const lines = createLinesControl(ui.lines, { onChange: setState });
  const unbindKeys = bindNeuronKeys((delta) => {
    setState({ neuron: state.neuron + delta });
    heatmap.revealSelected();
  });
  const resize = new ResizeObserver(() => render());
  resize.observe(ui.focus);

  function setState(patch) {
    followFocus = false;
    applyState(patch);
  }

  function applyState(patch) {
    state = clamp({ ...state, ...patch });
    if (syncUrl) writeViewState(getUrlState());
    onStateChange(getState(), patch);
    render();
  }

  /**
   * Keeps layer and neuron inside the network once its size is known, and the quantity one it records
   * (a link's quantity the network lacks, or none, becomes its default).
   */
  function clamp(s) {
    if (!data || data.hidden === 0) return s;
    const within = (v, max) => Math.min(Math.max(v, 0), max);
    return { ...s, layer: within(s.layer, data.layers - 1), neuron: within(s.neuron, data.hidden - 1),
      quantity: resolveQuantity(s.quantity, data.quantities) };
  }

  function getState() {
    return structuredClone(state);
  }

  /** The state as the URL writes it: the network's default quantity is left out, as other defaults are. */
  function getUrlState() {
    const s = getState();
    return data && s.quantity === defaultQuantity(data.quantities) ? { ...s, quantity: null } : s;
  }

  /** Decoded traces ({ layers, hidden, quantities, sequences }), or an answer's { quantities, traces }. */
  function setTraces(traces) {
    data = Array.isArray(traces?.traces) ? decodeTraces(traces.traces, traces.quantities) : traces;
    const clamped = clamp(state);
    const changed = Object.fromEntries(['layer', 'neuron', 'quantity']
      .filter((k) => clamped[k] !== state[k]).map((k) => [k, clamped[k]]));
    if (Object.keys(changed).length) {
      applyState(changed);
    } else {
      render();
    }
  }

  function render() {
    const ready = data && data.sequences.length > 0 && data.hidden > 0;
    ui.empty.hidden = Boolean(ready);
    body.hidden = !ready;
    if (!ready) return;
    const { layer, neuron } = state;
    const { quantities } = data;
    const quantity = resolveQuantity(state.quantity, quantities);
    const shown = quantityOf(quantities, quantity);
    const typed = typedLengths(state.prefix);
    const drawn = explaining.data(data, state);
    const sequences = drawn.sequences.map((s) => judged(s, typed.get(s.text)));
    const judgedData = { ...drawn, sequences };
    const found = sequences.findIndex((s) => s.text === state.sel);
    const selected = found < 0 ? defaultSelection(sequences) : found;
    const seq = sequences[selected];
    const rows = chooseRows(sequences, state.seq, state.lines);
    const scalesOf = Object.fromEntries(quantities.map((q) => [q.id,
      neuronScales(q, state.scale, isState(q) ? maxByNeuron(data, layer, q.id) : [])]));
    const scale = scalesOf[quantity](neuron);
    const perNeuronState = isState(shown) && state.scale === 'neuron';

    controls.update({ state: { ...state, quantity }, layers: data.layers, hidden: data.hidden, quantities });
    explaining.update(state, data.layers);
    ui.stripsTitle.textContent = `Neuron #${neuron} \u00B7 ${shown.label} \u00B7 ${rows.all.length} sequences`;
    drawLegend(ui.stripsLegend, [{ caption: shown.label, scale }]);
    lines.update({ choice: state.lines, text: describeRows(rows, networkLines) });
    strips.update({ data: judgedData, layer, quantity, neuron, scale, selected, rows: rows.all.slice(0, limit), failed: explaining.failed(state) });
    ui.more.hidden = rows.all.length <= limit;
    ui.more.textContent = `Show all ${rows.all.length} sequences`;

    ui.heatmapTitle.textContent = `All ${data.hidden} neurons \u00B7 ${shown.label} \u00B7 \u201C${displaySequence(seq.text)}\u201D`;
    drawLegend(ui.heatmapLegend, [perNeuronState
      ? { caption: `${shown.label}, each neuron to its own max`, scale: UNIT_DIVERGING, min: '\u2212max', max: '+max' }
      : { caption: shown.label, scale }]);
    const rowLabels = explaining.labels({ ...state, quantity }, data.hidden);
    const geometry = stepGeometry(seq.steps, ui.focus.clientWidth, rowLabels ? labelRoom(seq.steps, ui.focus.clientWidth) : undefined);
    heatmapView = { seq, hidden: data.hidden, layer, quantity, neuron, scaleOf: scalesOf[quantity], title: `${ui.heatmapTitle.textContent} \u00B7 layer ${layer}` };
    heatmap.update({ ...heatmapView, geometry, rowLabels });
    predictions.update({ seq, geometry });
    ui.scrollHint.hidden = geometry.width <= ui.focus.clientWidth;

    ui.detailTitle.textContent = `Neuron #${neuron} \u00B7 ${quantities.length === 1 ? shown.label
      : `all ${countWord(quantities.length)} quantities`}`;
    drawLegend(ui.detailLegend, legendsByKind(quantities, (id) => scalesOf[id](neuron)));
    detail.update({ seq, hidden: data.hidden, layer, neuron, quantity, quantities, scaleOf: (q) => scalesOf[q](neuron), geometry });
  }

  function destroy() {
    unbindKeys();
    resize.disconnect();
  }

  /** The analysis (GET .../analysis); while the view follows it, it opens on the analysis' focus. */
  function setAnalysis(analysis) {
    explaining.setAnalysis(analysis);
    const f = analysis?.focus;
    if (followFocus && f) {
      applyState({ layer: f.layer, neuron: f.neuron, quantity: f.quantity, sel: f.sequence });
    } else {
      render();
    }
  }

  function setAblation(answer) {
    explaining.setAblation(answer);
    render();
  }

  /** Names the network's own sequences in the strips' note, e.g. "the task's evaluation cases". */
  function setNetworkLines(text) {
    networkLines = text;
    render();
  }

  return { setTraces, setState, getState, getUrlState, setNetworkLines, setAnalysis, setAblation, analysis: explaining.analysis,
    destroy, data: () => data, heatmapView: () => heatmapView };
}
