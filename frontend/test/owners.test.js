import test from 'node:test';
import assert from 'node:assert/strict';
import { splitNetworks } from '../js/pages/galleryNetworks.js';
import { publishNote } from '../js/pages/ownerControls.js';

test('the gallery lists the viewer\'s networks apart from the published ones, without what the task cards show', () => {
  const saved = [
    { id: 'seed', seed: true, mine: false },
    { id: 'mine1', mine: true, published: false },
    { id: 'theirs', mine: false, published: true },
    { id: 'mine2', mine: true, published: true },
    { id: 'old', mine: false, published: false },
  ];
  const { mine, others } = splitNetworks(saved, new Set(['seed', 'mine2']));
  assert.deepEqual(mine.map((s) => s.id), ['mine1', 'mine2'], 'all of one\'s own, a task card\'s too');
  assert.deepEqual(others.map((s) => s.id), ['theirs', 'old']);
  assert.deepEqual(splitNetworks([]), { mine: [], others: [] });
});

test('the publish note says who can find the network', () => {
  assert.match(publishNote(true), /everyone/);
  assert.match(publishNote(false), /Only you/);
});
