/** {@code GET /api/tasks}: the four seed tasks as the gallery and the training form show them. */
package com.lstmexplorer.tasks;
