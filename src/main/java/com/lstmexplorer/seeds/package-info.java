/** The seed networks: one trained network per seed task, made in the background at start-up and kept as snapshots. */
package com.lstmexplorer.seeds;
