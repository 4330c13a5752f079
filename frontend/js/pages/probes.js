// Which sequences a page shows a network on. Pure module.

/** At most this many of a task's evaluation sequences are traced (selective counting has 500). */
export const MAX_PROBES = 50;

/** `max` items spread evenly over `list`, first and last included, in order. */
export function pickEvenly(list, max = MAX_PROBES) {
  if (list.length <= max) return [...list];
  if (max <= 1) return list.slice(0, max);
  return Array.from({ length: max }, (_, k) => list[Math.round((k * (list.length - 1)) / (max - 1))]);
}

/** The task's evaluation sequences when the API lists them, else its examples. */
export function taskProbes(task) {
  const list = task?.evaluationSet ?? task?.evaluation ?? task?.probes ?? task?.examples ?? [];
  return pickEvenly(list.filter((s) => typeof s === 'string' && s.length > 0));
}

/** The probes followed by the user's own sequences, without repeats. */
export function withUserSequences(probes, userSequences) {
  return [...new Set([...probes, ...userSequences])];
}

/** Longest example the sequence box suggests, in characters. */
const EXAMPLE_CHARS = 30;

/** An example for the sequence box from the network's own sequences: the longest that is short enough, else the start of one. */
export function exampleOf(probes) {
  const short = probes.filter((p) => p.length <= EXAMPLE_CHARS);
  if (short.length) return short.reduce((a, b) => (b.length > a.length ? b : a));
  return probes.length ? probes[0].slice(0, EXAMPLE_CHARS) : '';
}

/** What a network's own probe sequences are, for the strips' note. */
export function probesName(taskId) {
  return taskId === 'custom' ? 'held-back lines of its data' : 'the task\u2019s evaluation cases';
}
