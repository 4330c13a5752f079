package com.lstmexplorer.snapshots;

import com.lstmexplorer.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What every test of snapshots on a real server (its own {@code @SpringBootTest}) starts from: the service and a client. */
abstract class SnapshotTesting {
    @LocalServerPort
    int port;
    @Autowired
    SnapshotService snapshots;
    Http api;

    @BeforeEach
    void client() {
        api = new Http(port);
    }
}
