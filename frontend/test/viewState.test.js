import test from 'node:test';
import assert from 'node:assert/strict';
import { resolveQuantity, defaultQuantity } from '../js/explorer/quantities.js';
import { LSTM, GRU } from './fixtures.js';
import { parseViewState, serializeViewState, defaultViewState, viewUrl, writeViewState, VIEW_PROPERTIES, hasViewState } from '../js/explorer/viewState.js';

test('an empty query string is the default view, and the default view writes nothing', () => {
  assert.deepEqual(parseViewState(''), defaultViewState());
  assert.equal(serializeViewState(defaultViewState()), '');
});

test('round trip: every property survives serialize then parse', () => {
  const state = { layer: 1, neuron: 17, quantity: 'forget', scale: 'global',
    seq: ['aaaaXbbbb', 'a b&c=d?#%', 'ünï<img src=x>'], sel: 'a b&c=d?#%', prefix: ['3:a b&c=d?#%'], lines: 'yours',
    ablate: [{ layer: 0, neuron: 9 }, { layer: 1, neuron: 3 }], mode: 'clamp', value: -2.5, panel: 'closed' };
  const query = serializeViewState(state);
  assert.deepEqual(parseViewState(`?${query}`), state);
  assert.equal(serializeViewState(parseViewState(query)), query);
});

test('the spec example URL parses', () => {
  const s = parseViewState('?layer=0&neuron=2&quantity=cell&seq=aaaaXbbbb');
  assert.equal(s.neuron, 2);
  assert.deepEqual(s.seq, ['aaaaXbbbb']);
});

test('bad values fall back to defaults instead of breaking the page', () => {
  const s = parseViewState('?layer=-1&neuron=two&quantity=Gate!&scale=&seq=&sel=&lines=some'
    + '&ablate=9&mode=cut&value=1e9&panel=half');
  assert.deepEqual(s, defaultViewState());
});

test('the table is the single list of properties', () => {
  assert.deepEqual(VIEW_PROPERTIES.map((p) => p.key), ['layer', 'neuron', 'quantity', 'scale', 'seq', 'sel', 'prefix', 'lines',
    'ablate', 'mode', 'value', 'panel']);
});

test('parameters that are not view properties are kept', () => {
  const location = { pathname: '/s/abc', search: '?neuron=3&debug=1', hash: '#top' };
  assert.equal(viewUrl(location, { ...defaultViewState(), neuron: 4 }), '/s/abc?neuron=4&debug=1#top');
});

test('writing the view replaces the URL in place, never pushing history', () => {
  const calls = [];
  const win = {
    location: { pathname: '/runs/r1', search: '', hash: '' },
    history: { state: null, replaceState: (...args) => calls.push(args), pushState: () => assert.fail('pushState') },
  };
  writeViewState({ ...defaultViewState(), quantity: 'input' }, win);
  assert.deepEqual(calls, [[null, '', '/runs/r1?quantity=input']]);
});

test('an ablation writes as the issue asks: ablate=0.9,0.3 with its mode and value', () => {
  const state = { ...defaultViewState(), ablate: [{ layer: 0, neuron: 9 }, { layer: 0, neuron: 3 }], mode: 'clamp', value: 3 };
  assert.equal(decodeURIComponent(serializeViewState(state)), 'ablate=0.9,0.3&mode=clamp&value=3');
});

test('a URL with any view property decides the view; one without leaves it to the analysis', () => {
  assert.equal(hasViewState(''), false);
  assert.equal(hasViewState('?utm=x'), false);
  assert.equal(hasViewState('?neuron=0'), true);
  assert.equal(hasViewState('?panel=open'), true);
});

test('a quantity is kept by its id until the data says whether the network has it', () => {
  assert.equal(parseViewState('?quantity=forget').quantity, 'forget', 'an old LSTM link keeps its forget gate');
  assert.equal(parseViewState('?quantity=update').quantity, 'update');
  assert.equal(parseViewState('').quantity, null, 'none asked for: the network\'s default');
  assert.equal(resolveQuantity('forget', LSTM), 'forget');
  assert.equal(resolveQuantity('forget', GRU), 'hidden', 'a quantity the network lacks falls back to what it carries');
  assert.equal(resolveQuantity(null, LSTM), 'cell');
  assert.equal(defaultQuantity(GRU), 'hidden');
});
