package com.lstmexplorer.model.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TrainingConfigTest {

    @Test
    void learningRatesTrainingCannotUseAreRejected() {
        assertMessage("learningRate must be a number in (0, 1], got -0.01", () -> new TrainingConfig(-0.01, 32, 100, 1, 5));
        assertMessage("learningRate must be a number in (0, 1], got NaN", () -> new TrainingConfig(Double.NaN, 32, 100, 1, 5));
        assertMessage("learningRate must be a number in (0, 1], got 0.0", () -> new TrainingConfig(0, 32, 100, 1, 5));
    }

    @Test
    void otherImpossibleValuesAreRejected() {
        assertMessage("batchSize must be between 1 and 1024, got 0", () -> new TrainingConfig(0.01, 0, 100, 1, 5));
        assertMessage("maxSteps must be between 1 and 1000000, got 0", () -> new TrainingConfig(0.01, 32, 0, 1, 5));
        assertMessage("clipNorm must be a positive number, got NaN", () -> new TrainingConfig(0.01, 32, 1, 1, Double.NaN));
    }

    private static void assertMessage(String message, org.junit.jupiter.api.function.Executable executable) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, executable).getMessage());
    }
}
