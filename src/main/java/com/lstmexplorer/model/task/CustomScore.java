package com.lstmexplorer.model.task;

/**
 * A network on a custom task's held-back validation pieces: mean cross-entropy per predicted character
 * ({@code loss}, nats) and the fraction of characters, end marker included, it predicted right
 * ({@code accuracy}), over {@code characters} predictions.
 */
public record CustomScore(double loss, double accuracy, int characters) {
}
