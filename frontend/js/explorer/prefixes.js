// Sequences that are prefixes: a typed start the network may have continued. The view state keeps
// them as `prefix` entries "<typed length>:<whole text>" ("6:12+34=46": the first 6 characters were
// typed, "46" is the network's). Such a sequence is judged only where the typed part says what comes
// next: no prediction from the last typed character on is marked wrong. Pure module.

const ENTRY = /^(\d{1,5}):([\s\S]*)$/;

/** Map of whole text -> typed length, from `prefix` entries; malformed ones are left out. */
export function typedLengths(entries = []) {
  const map = new Map();
  for (const entry of entries) {
    const m = ENTRY.exec(entry);
    if (!m) continue;
    const typed = Number(m[1]);
    if (typed >= 1 && typed <= m[2].length) map.set(m[2], typed);
  }
  return map;
}

/** The entry that says `text`'s first `typed` characters were typed. */
export function prefixEntry(text, typed) {
  return `${typed}:${text}`;
}

/** `entries` with `text` marked as a prefix typed up to `typed` (replacing any earlier mark of it). */
export function withPrefix(entries, text, typed) {
  return [...withoutPrefix(entries, text), prefixEntry(text, typed)];
}

/** `entries` without a mark for `text`. */
export function withoutPrefix(entries, text) {
  return entries.filter((e) => ENTRY.exec(e)?.[2] !== text);
}

/**
 * A decoded sequence as the explorer judges it: for a prefix typed up to `typed`, predictions from
 * the last typed character on are `open` (drawn but not judged), and `typed` says where the
 * network's own characters start. Without `typed` the sequence is a whole line, judged to its end.
 */
export function judged(seq, typed) {
  if (!typed) return seq;
  const predictions = seq.predictions.map((p, i) => (p && i >= typed - 1 ? { ...p, wrong: false, open: true } : p));
  return { ...seq, typed, predictions };
}
