package com.lstmexplorer.runs;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

/** Test helpers around a live {@link RunService}. */
final class RunTesting {
    private RunTesting() {
    }

    /** Stops every run and waits until none is queued or running, so the next test finds a free pool. */
    static void stopAll(RunService runs) {
        runs.list().forEach(run -> runs.stop(run.id()));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> runs.list().stream().allMatch(run -> run.status().isFinal()));
    }
}
