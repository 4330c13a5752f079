package com.lstmexplorer.runs;

import com.lstmexplorer.owners.Owner;
import com.lstmexplorer.snapshots.store.SavedSnapshot;
import com.lstmexplorer.snapshots.format.SnapshotMetrics;
import com.lstmexplorer.snapshots.SnapshotService;
import com.lstmexplorer.snapshots.format.SnapshotSource;
import org.springframework.stereotype.Service;

/**
 * Saves a run's latest published network as a snapshot, with the run's task, training settings, metrics and
 * probe sequences: what {@code POST /api/runs/{id}/snapshot} and a saved comparison's members store.
 */
@Service
public class RunSnapshots {
    private final SnapshotService snapshots;

    RunSnapshots(SnapshotService snapshots) {
        this.snapshots = snapshots;
    }

    /** The snapshot of {@code run} as it is now, titled {@code title} (null: the default title), for {@code owner}. */
    public SavedSnapshot save(Run run, String title, Owner owner) {
        RunView view = run.view();
        SnapshotMetrics metrics = new SnapshotMetrics(view.step(), view.loss(), view.accuracy(), view.solvedAtStep(),
                view.elapsedMs());
        return snapshots.save(new SnapshotSource(run.task().id(), title, run.network(), run.config().training(),
                metrics, run.probes()), owner);
    }
}
