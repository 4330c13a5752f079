package com.lstmexplorer.model.analysis;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.cell.Intervention;
import com.lstmexplorer.model.task.Continuation;
import com.lstmexplorer.model.task.Scoring;
import com.lstmexplorer.model.task.SeedTask;
import java.util.ArrayList;
import java.util.List;

/** A seed task's own solved check (greedy decoding from the delimiter) on its evaluation set, plus the loss. */
public record SeedTaskJudge(SeedTask task, List<String> cases) implements Judge {

    public SeedTaskJudge(SeedTask task) {
        this(task, task.evaluationSet());
    }

    @Override
    public Judgement judge(Network network, Intervention intervention) {
        List<Continuation> continuations = task.continuations(cases,
                (prefix, maxChars) -> network.greedyContinue(prefix, maxChars, intervention));
        List<Judgement.Failure> failures = new ArrayList<>();
        int failed = 0;
        for (Continuation c : continuations) {
            if (!c.correct()) {
                failed++;
                if (failures.size() < Judgement.MAX_LISTED) {
                    failures.add(new Judgement.Failure(c.sequence(), c.expected(), c.produced()));
                }
            }
        }
        double accuracy = (double) (cases.size() - failed) / cases.size();
        return new Judgement(accuracy, Scoring.meanLoss(network, cases, intervention), failed, List.copyOf(failures));
    }

    @Override
    public String accuracyMeaning() {
        return "evaluation cases continued exactly from the delimiter '" + task.delimiter() + "'";
    }
}
