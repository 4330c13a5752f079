/** Recurrent cells (LSTM today) as layers with a batched, packed forward pass, backpropagation through time and a one-character-at-a-time pass. */
package com.lstmexplorer.model.cell;
