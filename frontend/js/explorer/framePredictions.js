// The predictions of compact activations frames (compactFrames.js), made on integer values (units of
// 1/scale) with operations that give the same bits as runs/Predictions.java, which this module repeats
// line for line: integer sums and products below 2^53, IEEE double +, -, *, / and floor, tanh written out.
// Pure module.

const LN2 = 0.6931471805599453;

/** For each step, the step whose value predicts it: the latest earlier one with the same character, else the one before. */
export function contexts(sequence) {
  const last = new Map();
  const context = new Int32Array(sequence.length);
  for (let t = 0; t < sequence.length; t++) {
    const c = sequence[t];
    context[t] = last.has(c) ? last.get(c) : t - 1;
    last.set(c, t);
  }
  return context;
}

export function exp(y) {
  let k = Math.floor(y / LN2 + 0.5);
  const r = y - k * LN2;
  let sum = 1;
  for (let i = 16; i >= 1; i--) sum = 1 + (r / i) * sum;
  for (; k > 0; k--) sum *= 2;
  for (; k < 0; k++) sum /= 2;
  return sum;
}

export function tanh(x) {
  if (x > 20) return 1;
  if (x < -20) return -1;
  const e = exp(2 * x);
  return (e - 1) / (e + 1);
}

// The values of one neuron over one sequence, each its prediction plus the next residual: small
// functions called for every (neuron, sequence), so the engine optimises them whatever the frame's size.
// `at` starts at the neuron, steps are `hidden` apart.
export function byCharacter(r, own, context, n, hidden) {
  for (let t = 0, at = n; t < context.length; t++, at += hidden) {
    const p = context[t] < 0 ? 0 : own[context[t] * hidden + n];
    own[at] = (p + r.signed()) | 0;
  }
}

// The relations, by their code on the wire (1, 2, 3); `own` is the quantity they make, t' its previous step.
function blend(r, own, [a, b, c], steps, n, hidden, scale) { // a t' + b c
  const half = Math.floor(scale / 2);
  for (let t = 0, at = n; t < steps; t++, at += hidden) {
    const previous = t === 0 ? 0 : own[at - hidden];
    own[at] = (Math.floor((a[at] * previous + b[at] * c[at] + half) / scale) + r.signed()) | 0;
  }
}

function coupledBlend(r, own, [a, b], steps, n, hidden, scale) { // a t' + (1 - a) b
  const half = Math.floor(scale / 2);
  for (let t = 0, at = n; t < steps; t++, at += hidden) {
    const previous = t === 0 ? 0 : own[at - hidden];
    own[at] = (Math.floor((a[at] * previous + (scale - a[at]) * b[at] + half) / scale) + r.signed()) | 0;
  }
}

function squash(r, own, [a, b], steps, n, hidden, scale) { // a tanh b
  for (let t = 0, at = n; t < steps; t++, at += hidden) {
    own[at] = (Math.floor(a[at] * tanh(b[at] / scale) + 0.5) + r.signed()) | 0;
  }
}

export const FORMS = [null, { operands: 3, decode: blend }, { operands: 2, decode: coupledBlend }, { operands: 2, decode: squash }];

/** Quantities no relation makes first, in the cell's order, then the others in the order they are made. */
export function streamOrder(count, relations) {
  const made = new Set(relations.map((rel) => rel.target));
  return [...Array.from({ length: count }, (_, k) => k).filter((k) => !made.has(k)), ...relations.map((rel) => rel.target)];
}
