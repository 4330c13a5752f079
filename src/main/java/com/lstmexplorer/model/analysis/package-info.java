/**
 * Explains a trained network: which neuron tracks which of the task's hidden variables (Pearson r and a
 * linear fit), what each quantity does per character, how saturated the gates are, what the network can
 * still do with a neuron ablated, where it stops generalising, and a caption built from all of that.
 */
package com.lstmexplorer.model.analysis;
