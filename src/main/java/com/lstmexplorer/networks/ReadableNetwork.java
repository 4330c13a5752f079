package com.lstmexplorer.networks;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.runs.Run;
import com.lstmexplorer.snapshots.format.Snapshot;

/**
 * A network a request may read, as {@link NetworkResolver} found it: a run's (as last published) or a
 * snapshot's. Features that need more than the network (analysis wants the task and probes) switch on the kind.
 */
public sealed interface ReadableNetwork {
    String id();

    Network network();

    /** A run's network as last published: training never touches that copy. */
    record OfRun(Run run) implements ReadableNetwork {
        @Override
        public String id() {
            return run.id();
        }

        @Override
        public Network network() {
            return run.network();
        }
    }

    /** A stored snapshot and its network, rebuilt from its weights. */
    record OfSnapshot(Snapshot snapshot, Network network) implements ReadableNetwork {
        @Override
        public String id() {
            return snapshot.id();
        }
    }
}
