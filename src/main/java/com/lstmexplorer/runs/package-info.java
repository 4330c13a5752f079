/** Training runs: a bounded pool, the runs API, and each run's live progress and activation frames over STOMP. */
package com.lstmexplorer.runs;
