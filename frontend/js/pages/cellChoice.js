// The "Cell" choice of the training forms, filled from GET /api/cells (the server's list, standard
// LSTM first). Until it answers, or if it fails, the one option is the server's default cell.

import { api } from '../api.js';
import { el } from '../dom.js';

/** Fills each select with the cells; resolves to the list (empty when the server could not be asked). */
export async function fillCellChoices(selects, load = () => api('/api/cells')) {
  let cells;
  try {
    cells = await load();
  } catch {
    return [];
  }
  for (const select of selects) {
    const chosen = select.value;
    select.replaceChildren(...cells.map((cell) => el('option', { value: cell.id }, cell.label)));
    if (cells.some((cell) => cell.id === chosen)) select.value = chosen;
  }
  return cells;
}
