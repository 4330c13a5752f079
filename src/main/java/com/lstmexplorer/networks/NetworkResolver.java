package com.lstmexplorer.networks;

import com.lstmexplorer.runs.RunService;
import com.lstmexplorer.snapshots.SnapshotService;
import com.lstmexplorer.snapshots.format.Snapshot;
import com.lstmexplorer.snapshots.store.SnapshotProblems;
import org.springframework.stereotype.Component;

/**
 * Turns the path pair {@code {kind}/{id}} of {@link #PATH} into the network to read, with the read rules of
 * its kind: a link is the capability to read, so anyone with a run's or snapshot's id may; an unknown id
 * answers 404 and a deleted one 410, each naming the id (from {@link RunService#get} and
 * {@link SnapshotService#find}). Every endpoint that reads a network resolves it here, so a new kind of network
 * (or a new read rule) is added in one place.
 */
@Component
public class NetworkResolver {
    /** The URL prefix of everything a client can ask of a network, whichever kind it is. */
    public static final String PATH = "/api/{kind:runs|snapshots}/{id}";
    public static final String RUNS = "runs";

    private final RunService runs;
    private final SnapshotService snapshots;

    NetworkResolver(RunService runs, SnapshotService snapshots) {
        this.runs = runs;
        this.snapshots = snapshots;
    }

    /** {@code kind} is what {@link #PATH} matched: {@code runs} or {@code snapshots}. */
    public ReadableNetwork resolve(String kind, String id) {
        if (RUNS.equals(kind)) {
            return new ReadableNetwork.OfRun(runs.get(id));
        }
        Snapshot snapshot = snapshots.find(id).orElseThrow(() -> SnapshotProblems.unknown(id));
        return new ReadableNetwork.OfSnapshot(snapshot, snapshot.network());
    }
}
