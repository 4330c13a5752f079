package com.lstmexplorer.tasks;

import com.lstmexplorer.model.task.GeneralisationSweep;
import com.lstmexplorer.model.task.SeedTask;
import com.lstmexplorer.model.task.TaskDefaults;
import java.util.List;

/**
 * One task as {@code GET /api/tasks} returns it (docs/api.md's fields, plus the delimiter, the names of
 * the latent variables, the size of the evaluation set, the probe sequences and the generalisation
 * sweep's range). {@code probes} are the first evaluation sequences, the ones a run of the task streams
 * by default, so the explorer shows a seed network on the same sequences as a live run.
 */
record TaskView(String id, String title, String description, List<String> vocabulary, List<String> examples,
                TaskDefaults defaults, String delimiter, List<String> latents, int evaluationCases,
                List<String> probes, SweepRange sweep) {
    /** As many probes as {@code lstm-explorer.runs.probe-sequences} gives a run by default. */
    static final int PROBES = 50;

    /** The swept length ("N" or "M"), the largest one trained on and the largest one tried. */
    record SweepRange(String variable, int trainedMax, int sweepMax) {
        static SweepRange of(GeneralisationSweep sweep) {
            return new SweepRange(sweep.variable(), sweep.trainedMax(), sweep.sweepMax());
        }
    }

    static TaskView of(SeedTask task) {
        return new TaskView(task.id(), task.title(), task.description(), task.vocabulary().symbols(),
                task.examples(), task.defaults(), String.valueOf(task.delimiter()), task.latentNames(),
                task.evaluationSet().size(), task.evaluationSet().subList(0, Math.min(PROBES, task.evaluationSet().size())),
                task.generalisation().map(SweepRange::of).orElse(null));
    }
}
