package com.lstmexplorer.model.analysis;

import com.lstmexplorer.model.task.CustomTask;
import com.lstmexplorer.model.task.GeneralisationSweep;
import com.lstmexplorer.model.task.Latents;
import com.lstmexplorer.model.task.Scoring;
import com.lstmexplorer.model.task.SeedTask;
import com.lstmexplorer.model.task.Task;
import java.util.List;
import java.util.function.Function;

/**
 * What a network is analysed against: the probe sequences its statistics run over, the task's latent
 * variables along a sequence (none for custom data), how it is judged, and its generalisation sweep
 * (null when the task has none).
 */
public record Subject(List<String> probes, List<String> latentNames, Function<String, Latents> latents, Judge judge,
                      GeneralisationSweep sweep) {

    public Subject {
        probes = List.copyOf(probes);
        latentNames = List.copyOf(latentNames);
    }

    /** A seed task: its whole evaluation set is both the probe set and what the network is judged on. */
    public static Subject of(SeedTask task) {
        return new Subject(task.evaluationSet(), task.latentNames(), task::latents, new SeedTaskJudge(task),
                task.generalisation().orElse(null));
    }

    /**
     * A task of a run: a seed task as above; custom data over {@code probes}, judged on its held-back
     * sequences up to {@code judgedCharacters} characters (at least one sequence).
     */
    public static Subject of(Task task, List<String> probes, int judgedCharacters) {
        if (task instanceof SeedTask seed) {
            return of(seed);
        }
        List<String> judged = task instanceof CustomTask custom ? custom.validation() : task.evaluationSet();
        return custom(probes, Scoring.upTo(judged, judgedCharacters));
    }

    /** A network of custom data known only by some of its sequences: probed and judged on them. */
    public static Subject custom(List<String> sequences) {
        return custom(sequences, sequences);
    }

    /** Custom data: statistics over {@code probes}, judged as a character model on {@code judged}. */
    public static Subject custom(List<String> probes, List<String> judged) {
        return new Subject(probes, List.of(), s -> new Latents(List.of(), List.of()), new NextCharacterJudge(judged),
                null);
    }
}
