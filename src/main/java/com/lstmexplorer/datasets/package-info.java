/** The {@code datasets} command: writes each seed task's sample and evaluation set as plain text. */
package com.lstmexplorer.datasets;
