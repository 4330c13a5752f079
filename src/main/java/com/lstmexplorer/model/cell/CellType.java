package com.lstmexplorer.model.cell;

/**
 * The recurrent cell a network is built from. Only the standard LSTM exists today; peephole,
 * coupled input/forget, GRU and plain RNN cells are meant to join here, each as one more
 * {@code RecurrentLayer} implementation, without touching training.
 */
public enum CellType {
    LSTM
}
