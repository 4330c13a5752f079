package com.lstmexplorer.runs;

/** Trains one run on a pool thread, from its first update to its last. */
final class TrainingJob implements Runnable {
    private final RunTraining training;

    TrainingJob(RunTraining training) {
        this.training = training;
    }

    @Override
    public void run() {
        if (!training.begin()) {
            return;
        }
        while (training.step()) {
            // each step reports its progress through the run
        }
        training.end();
    }
}
