// Short descriptions of networks, runs and snapshots for page headings and cards. Pure module.

const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "GRU · 1 layer × 10 neurons · learning rate 0.01 · seed 7 · up to 2,000 steps · 25 steps/s" (known parts only). */
export function describeConfig(config = {}) {
  const parts = [];
  if (config.cellLabel) parts.push(config.cellLabel);
  if (config.layers && config.hiddenSize) {
    parts.push(`${plural(config.layers, 'layer')} \u00D7 ${plural(config.hiddenSize, 'neuron')}`);
  }
  if (config.learningRate != null) parts.push(`learning rate ${config.learningRate}`);
  if (config.seed != null) parts.push(`seed ${config.seed}`);
  if (config.maxSteps != null) parts.push(`up to ${Number(config.maxSteps).toLocaleString('en-US')} steps`);
  if (config.stepsPerSecond != null) parts.push(`${config.stepsPerSecond} steps/s`);
  return parts.join(' \u00B7 ');
}

/** A snapshot's task id, whether the API gives the task as a string or as an object. */
export function taskIdOf(snapshot) {
  return typeof snapshot?.task === 'string' ? snapshot.task : snapshot?.task?.id ?? snapshot?.taskId;
}

const isSeed = (s) => s.seed === true || s.kind === 'seed' || s.origin === 'seed';

/** The snapshot to open for a task's card: its seed network, else any saved network of that task. */
export function networkFor(taskId, snapshots) {
  const ofTask = snapshots.filter((s) => taskIdOf(s) === taskId);
  return ofTask.find(isSeed) ?? ofTask[0] ?? null;
}

/** The link that opens a snapshot in the explorer. */
export function snapshotUrl(snapshot) {
  return snapshot.url ?? `/s/${encodeURIComponent(snapshot.id)}`;
}
