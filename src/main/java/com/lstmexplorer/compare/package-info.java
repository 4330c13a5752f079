/** Comparisons: one task trained with several cells on one seed, side by side and live, saved and shared. */
package com.lstmexplorer.compare;
