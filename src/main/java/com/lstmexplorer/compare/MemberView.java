package com.lstmexplorer.compare;

import com.lstmexplorer.model.cell.CellType;
import com.lstmexplorer.runs.LossHistory;
import com.lstmexplorer.runs.RunView;
import java.util.List;

/**
 * One cell of a comparison as the API shows it: its run (live) or its snapshot (saved; null while live), and the
 * run's progress as of now or of the save: {@code status} is a run's status, or {@code gone} once the run was
 * deleted or forgotten ({@code error} says which); {@code history} is the loss and accuracy at its evaluations.
 */
record MemberView(String cell, String cellLabel, String run, String snapshot, String status, int step, Double loss,
                  Double accuracy, Integer solvedAtStep, String endReason, String error, long elapsedMs,
                  List<LossHistory.Point> history) {
    static final String GONE = "gone";

    static MemberView of(CellType cell, RunView run) {
        return new MemberView(cell.id(), cell.spec().label(), run.id(), null, run.status().id(), run.step(), run.loss(),
                run.accuracy(), run.solvedAtStep(), run.endReason(), run.error(), run.elapsedMs(), run.history());
    }

    /** A member whose run this server no longer has. */
    static MemberView gone(CellType cell, String run, String why) {
        return new MemberView(cell.id(), cell.spec().label(), run, null, GONE, 0, null, null, null, null, why, 0,
                List.of());
    }

    /** As stored: its snapshot instead of its run (a run is forgotten; the snapshot keeps its network). */
    MemberView savedAs(String snapshotId) {
        return new MemberView(cell, cellLabel, null, snapshotId, status, step, loss, accuracy, solvedAtStep, endReason,
                error, elapsedMs, history);
    }
}
