/** {@code GET /api/cells}: the recurrent cells a run can train, each as it describes itself. */
package com.lstmexplorer.cells;
