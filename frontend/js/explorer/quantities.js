// What a network's cell records, as its data describes it (docs/api.md: "quantities" beside the traces,
// or a compact frame's header): every view takes its list, captions and colour ranges from here, so the
// explorer names no quantity of its own. Pure module.
//
//   { id: 'forget', label: 'forget gate', kind: 'gate', carried: false }
//   kind: 'state' (unbounded), 'activation' (in (-1, 1)) or 'gate' (in (0, 1))

/** Raised when traces do not have the shape docs/api.md describes; the message names the problem. */
export class TraceFormatError extends Error {}

export function fail(message) {
  throw new TraceFormatError(message);
}

/** The descriptions as the views use them: id, label, kind and carried, checked. */
export function describeQuantities(quantities) {
  if (!Array.isArray(quantities) || quantities.length === 0) fail('the traces come without their quantities');
  return quantities.map((q, k) => {
    if (typeof q?.id !== 'string' || q.id === '') fail(`quantity ${k} has no id`);
    return { id: q.id, label: typeof q.label === 'string' && q.label ? q.label : q.id, kind: String(q.kind), carried: q.carried === true };
  });
}

/** The quantity a view shows when none is asked for: the first the cell carries, else its first. */
export function defaultQuantity(quantities) {
  return (quantities.find((q) => q.carried) ?? quantities[0])?.id ?? null;
}

/** `id` when the network records it, else its default quantity (an LSTM link's "forget" on a GRU, say). */
export function resolveQuantity(id, quantities) {
  return quantities.some((q) => q.id === id) ? id : defaultQuantity(quantities);
}

/** The description of `id`, or undefined. */
export function quantityOf(quantities, id) {
  return quantities.find((q) => q.id === id);
}

export const isGate = (quantity) => quantity?.kind === 'gate';
export const isState = (quantity) => quantity?.kind === 'state';

/** "six" for 6: how the detail's title counts the quantities. */
export function countWord(n) {
  return ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'][n] ?? String(n);
}
