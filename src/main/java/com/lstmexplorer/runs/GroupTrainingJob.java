package com.lstmexplorer.runs;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Trains several runs on one pool thread in lockstep: one update of each in turn, round after round, so they
 * progress together (a comparison's cells side by side) while taking one training slot. Each run ends on its own
 * (solved, converged, stopped, failed) and the others go on; the job ends with the last of them. Paced runs share
 * the pace: each waits after its update until that step is due, so a round takes one step's time.
 */
final class GroupTrainingJob implements Runnable {
    private final List<RunTraining> members;

    GroupTrainingJob(List<RunTraining> members) {
        this.members = List.copyOf(members);
    }

    @Override
    public void run() {
        List<RunTraining> training = new ArrayList<>();
        for (RunTraining member : members) {
            if (member.begin()) {
                training.add(member);
            }
        }
        while (!training.isEmpty()) {
            for (Iterator<RunTraining> it = training.iterator(); it.hasNext(); ) {
                RunTraining member = it.next();
                if (!member.step()) {
                    member.end();
                    it.remove();
                }
            }
        }
    }
}
