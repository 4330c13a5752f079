package com.lstmexplorer.model.analysis;

import com.lstmexplorer.model.task.Latents;
import java.util.List;
import java.util.function.Function;

/** A task's hidden variables along every step of a {@link Recording}, in the same order as its series. */
public record LatentSeries(List<String> names, double[][] values) {

    /** {@code latentsOf} gives one sequence's variables (a task's {@code latents}); every sequence must name the same. */
    public static LatentSeries of(Recording recording, List<String> names, Function<String, Latents> latentsOf) {
        double[][] values = new double[names.size()][recording.steps()];
        List<String> sequences = recording.sequences();
        for (int s = 0; s < sequences.size(); s++) {
            Latents latents = latentsOf.apply(sequences.get(s));
            if (!latents.names().equals(names)) {
                throw new IllegalArgumentException("latents " + latents.names() + " of '" + sequences.get(s)
                        + "' are not " + names);
            }
            for (int k = 0; k < names.size(); k++) {
                System.arraycopy(latents.values().get(k), 0, values[k], recording.start(s), sequences.get(s).length());
            }
        }
        return new LatentSeries(List.copyOf(names), values);
    }

    public static LatentSeries none(Recording recording) {
        return new LatentSeries(List.of(), new double[0][recording.steps()]);
    }
}
