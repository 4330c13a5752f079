/** The {@code bench} command: training throughput, time to solve and trace latency, one JSON line per figure. */
package com.lstmexplorer.bench;
