// What the run page shows differently for a run on the user's own data (task custom): its accuracy
// and validation loss are measured on the held-back validation lines, there is nothing to solve, and
// it has no task of the gallery to be named after. The figures keep the names they have for every run.

import { formatLoss } from '../explorer/format.js';

const ACCURACY = 'share of the next characters of the held-back validation lines predicted right';

export function showCustomRun(run, doc = document) {
  if (run.task !== 'custom') return;
  const $ = (id) => doc.getElementById(id);
  $('run-title').textContent = 'Training: your own sequences';
  $('run-accuracy-label').title = ACCURACY;
  $('run-accuracy-help').textContent = 'Accuracy is the share of the next characters of the held-back validation'
    + ' lines (a tenth of your data, never trained on) that the network predicts right with its most likely'
    + ' character; validation loss is the loss on those lines. Your own data has no task to solve: the run'
    + ' finishes after its steps.';
  $('run-validation').hidden = false;
  $('run-validation-loss').textContent = formatLoss(run.validationLoss);
}
