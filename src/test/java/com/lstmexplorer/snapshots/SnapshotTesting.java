package com.lstmexplorer.snapshots;

import com.lstmexplorer.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every test of snapshots on a real server (its own {@code @SpringBootTest}) starts from: the service and a
 * client. Public for the tests of features that work on snapshots (their traces, for one).
 */
public abstract class SnapshotTesting {
    @LocalServerPort
    protected int port;
    @Autowired
    protected SnapshotService snapshots;
    protected Http api;

    @BeforeEach
    void client() {
        api = new Http(port);
    }
}
