// How values, characters, durations and run statuses are written on screen. Pure module.

/** The end marker every task's sequences end with; never shown raw. */
export const END = '\n';
export const END_GLYPH = '\u23CE'; // ⏎

const VISIBLE = new Map([
  [END, END_GLYPH],
  ['\r', '\u240D'], // ␍
  ['\t', '\u21E5'], // ⇥
  [' ', '\u2423'], // ␣
]);

/** A character as it is drawn: the end marker as ⏎, spaces and other invisibles as symbols. */
export function displayChar(c) {
  if (VISIBLE.has(c)) return VISIBLE.get(c);
  const code = c.codePointAt(0);
  if (code < 0x20) return String.fromCodePoint(0x2400 + code); // control pictures ␀..␟
  if (code === 0x7f) return '\u2421'; // ␡
  return c;
}

/** A whole sequence for a label or a title, one visible glyph per character. */
export function displaySequence(s) {
  return Array.from(s, displayChar).join('');
}

/** A neuron's value: three decimals, a real minus sign, fewer decimals when large. */
export function formatValue(v) {
  if (v === null || v === undefined || Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '\u221E' : '\u2212\u221E';
  return signed(v, Math.abs(v) >= 100 ? 1 : 3);
}

/** `v` with `digits` decimals and a real minus sign; never "−0.000". */
function signed(v, digits) {
  const text = Math.abs(v).toFixed(digits);
  return (v < 0 && Number(text) !== 0 ? '\u2212' : '') + text;
}

/** A probability as a whole percentage ("93%"), "<1%" for tiny ones. */
export function formatProbability(p) {
  if (!Number.isFinite(p)) return '?';
  const pct = Math.round(p * 100);
  return pct === 0 && p > 0 ? '<1%' : `${pct}%`;
}

/** A loss with four significant digits. */
export function formatLoss(loss) {
  return Number.isFinite(loss) ? loss.toPrecision(4) : '\u2013';
}

/** An accuracy in [0, 1] as a percentage with one decimal. */
export function formatAccuracy(acc) {
  return Number.isFinite(acc) ? `${(acc * 100).toFixed(1)}%` : '\u2013';
}

/** Milliseconds as "850 ms", "12.3 s", "4 min 05 s", "1 h 02 min". */
export function formatDuration(ms) {
  if (!Number.isFinite(ms) || ms < 0) return '\u2013';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)} s`;
  const totalSeconds = Math.round(s);
  const minutes = Math.floor(totalSeconds / 60);
  if (minutes < 60) return `${minutes} min ${String(totalSeconds % 60).padStart(2, '0')} s`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/**
 * Time left until maxSteps: at the run's set pace (steps per second) when it has one, since a paced
 * run keeps it; else extrapolated from the pace so far; NaN before the first step.
 */
export function etaMs(step, maxSteps, elapsedMs, stepsPerSecond = null) {
  if (stepsPerSecond > 0 && maxSteps > 0 && step >= 0) return Math.max(0, ((maxSteps - step) * 1000) / stepsPerSecond);
  if (!(step > 0) || !(maxSteps > 0) || !(elapsedMs >= 0)) return NaN;
  return Math.max(0, (elapsedMs / step) * (maxSteps - step));
}

/**
 * The progress bar: how full (percent) and where the solve mark goes (percent, or null). A running
 * run is measured against maxSteps; an ended one against the steps it really ran, so a run that
 * ended early fills its bar, with its solve where it happened.
 */
export function progressOf(run) {
  const maxSteps = run.config?.maxSteps ?? run.maxSteps ?? 0;
  const step = run.step ?? 0;
  const ranOut = run.status === 'solved' || run.status === 'finished';
  const scale = ranOut ? Math.max(step, 1) : Math.max(maxSteps, 1);
  const percent = ranOut ? 100 : maxSteps ? Math.min(100, (100 * step) / scale) : 0;
  const solved = run.task !== 'custom' && run.solvedAtStep != null;
  return { percent, solvedPercent: solved ? Math.min(100, (100 * run.solvedAtStep) / scale) : null };
}

/**
 * The run's status in words, true for every kind of run: a seed task's run can be solved (and may
 * train on after its solve, which is then a moment, not the end); a run on the user's own data has
 * no task to solve, it just finishes after its steps.
 */
export function describeStatus(run) {
  const at = (n) => `step ${Number(n ?? 0).toLocaleString('en-US')}`;
  const after = (n) => `after ${Number(n ?? 0).toLocaleString('en-US')} steps`;
  const solvedAt = run.task !== 'custom' ? run.solvedAtStep ?? null : null;
  const solved = solvedAt !== null && solvedAt !== undefined;
  switch (run.status) {
    case 'queued': return 'waiting for a free trainer';
    case 'running': return solved ? `solved at ${at(solvedAt)}, training on (${at(run.step)})` : `training, ${at(run.step)}`;
    case 'solved':
    case 'finished':
      if (run.task === 'custom') return `finished ${after(run.step)}`;
      if (!solved) return `finished ${after(run.step)} without solving the task`;
      return run.step > solvedAt ? `solved at ${at(solvedAt)}; finished ${after(run.step)}` : `solved at ${at(solvedAt)}`;
    case 'stopped': return `stopped ${after(run.step)}${solved ? ` (solved at ${at(solvedAt)})` : ''}`;
    case 'failed': return `failed: ${run.error ?? run.message ?? run.reason ?? 'no reason given'}`;
    default: return run.status ? String(run.status) : 'unknown status';
  }
}

/** 'solved' when a seed task's run solved it, 'failed' for a failed run, else '' (for the status colour). */
export function outcomeOf(run) {
  if (run.status === 'failed') return 'failed';
  return run.task !== 'custom' && run.solvedAtStep != null ? 'solved' : '';
}

/** True once a run can change no more. */
export function isFinal(status) {
  return status === 'solved' || status === 'finished' || status === 'stopped' || status === 'failed';
}

/** A value short enough to write inside a heatmap cell: two decimals, one when large. */
export function formatShort(v) {
  if (!Number.isFinite(v)) return formatValue(v);
  return signed(v, Math.abs(v) >= 10 ? 1 : 2);
}
