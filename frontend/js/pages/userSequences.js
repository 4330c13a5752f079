// The user's own sequences as the URL keeps them (view state `seq`): the typed draft replacing itself
// as the user types, uploads appended within what a URL can carry. Pure module.

/**
 * Characters of `seq=` values a URL may carry in all (encoded). Tomcat refuses a request line over
 * 8 KB by default, and a URL that cannot be reopened is not worth sharing.
 */
export const URL_BUDGET = 6000;

const encodedLength = (s) => encodeURIComponent(s).length + 5; // "&seq="

/**
 * The list after the draft changed from `previous` to `text`: the draft's entry is replaced in place
 * (appended if it had none), removed when the box is emptied; a text already in the list stays once.
 */
export function withDraft(sequences, previous, text) {
  const others = sequences.filter((s) => s !== previous);
  if (text === '') return others;
  if (others.includes(text)) return others;
  const at = previous === null ? -1 : sequences.indexOf(previous);
  if (at < 0) return [...others, text];
  return [...sequences.slice(0, at), text, ...sequences.slice(at + 1)].filter((s, i, all) => all.indexOf(s) === i);
}

/**
 * `sequences` with `added` appended (repeats dropped) as long as the URL budget allows.
 * Returns { sequences, added: how many were added, left: how many did not fit }.
 */
export function appendWithinBudget(sequences, added, budget = URL_BUDGET) {
  let used = sequences.reduce((n, s) => n + encodedLength(s), 0);
  const out = [...sequences];
  let count = 0;
  let left = 0;
  for (const s of added) {
    if (out.includes(s)) continue;
    if (used + encodedLength(s) > budget) {
      left += 1;
      continue;
    }
    used += encodedLength(s);
    out.push(s);
    count += 1;
  }
  return { sequences: out, added: count, left };
}

/** Whether one more sequence of this text still fits in the URL beside `sequences`. */
export function fitsInUrl(sequences, text, budget = URL_BUDGET) {
  return appendWithinBudget(sequences, [text], budget).left === 0;
}
