package com.lstmexplorer.runs;

import static org.awaitility.Awaitility.await;

import com.lstmexplorer.testing.Http;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every test of runs on a real server (its own {@code @SpringBootTest}) starts from: a client on the
 * server's port before each test, and every run stopped after it, so the next test finds a free pool. Public for
 * the tests of features that work on runs (their traces, for one).
 */
public abstract class RunTesting {
    @LocalServerPort
    protected int port;
    @Autowired
    protected RunService runs;
    protected Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    /** Stops every run and waits until none is queued or running. */
    @AfterEach
    void stopEverything() {
        runs.list().forEach(run -> runs.stop(run.id()));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> runs.list().stream().allMatch(run -> run.status().isFinal()));
    }
}
