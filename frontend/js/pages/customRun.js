// What the run page shows differently for a run on the user's own data (task custom): its figures are
// measured on the held-back validation split, and it has no task of the gallery to be named after.

import { formatLoss } from '../explorer/format.js';

export function showCustomRun(run, doc = document) {
  if (run.task !== 'custom') return;
  const $ = (id) => doc.getElementById(id);
  $('run-title').textContent = 'Training: your own sequences';
  $('run-accuracy-label').textContent = 'Next-char accuracy (validation)';
  $('run-validation').hidden = false;
  $('run-validation-loss').textContent = formatLoss(run.validationLoss);
}
