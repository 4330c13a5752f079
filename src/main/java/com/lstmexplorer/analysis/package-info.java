/** "Explain the network" over HTTP: a run's or a snapshot's analysis, and ablation experiments on it. */
package com.lstmexplorer.analysis;
