/**
 * Recurrent cells as layers with a batched, packed forward pass, backpropagation through time and a
 * one-character-at-a-time pass, and what a cell records at each step ({@link com.lstmexplorer.model.cell.CellType},
 * the registry; {@link com.lstmexplorer.model.cell.CellSpec}, {@link com.lstmexplorer.model.cell.Quantity},
 * {@link com.lstmexplorer.model.cell.LayerActivations}): they live beside the cells because each cell decides its
 * own quantities. Depends on nothing else in the app.
 */
package com.lstmexplorer.model.cell;
