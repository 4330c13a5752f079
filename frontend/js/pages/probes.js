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
