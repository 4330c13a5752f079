package com.lstmexplorer.runs;

import com.lstmexplorer.model.task.CustomTask;
import com.lstmexplorer.model.task.TaskDefaults;
import com.lstmexplorer.owners.Owner;
import com.lstmexplorer.sequences.CustomData;
import com.lstmexplorer.sequences.CustomRunLimits;
import com.lstmexplorer.sequences.SequenceInput;
import com.lstmexplorer.sequences.SequenceLimits;
import java.security.SecureRandom;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Starts runs of task {@code custom} on a user's own sequences (JSON {@code "sequences"} or an uploaded
 * file). Everything is checked before the run exists, so bad data or settings create nothing: the data
 * (limits, characters), the network size against {@code lstm-explorer.custom-runs.*}, then the split. The run
 * belongs to the client that started it: its sequences are listed to nobody else.
 */
@Service
class CustomRuns {
    private final RunService runs;
    private final SequenceLimits limits;
    private final CustomRunLimits runLimits;
    private final RunSettings settings;
    private final SecureRandom random = new SecureRandom();

    CustomRuns(RunService runs, SequenceLimits limits, CustomRunLimits runLimits, RunSettings settings) {
        this.runs = runs;
        this.limits = limits;
        this.runLimits = runLimits;
        this.settings = settings;
    }

    Run start(RunRequest request, Owner owner) {
        return start(SequenceInput.fromList(request.sequences(), limits), request, owner);
    }

    Run start(MultipartFile file, RunRequest request, Owner owner) {
        return start(SequenceInput.fromUpload(file, limits), request, owner);
    }

    private Run start(List<String> sequences, RunRequest request, Owner owner) {
        within("layers", request.layers(), runLimits.maxLayers(), "max-layers");
        within("hiddenSize", request.hiddenSize(), runLimits.maxHiddenSize(), "max-hidden-size");
        RunConfig config = RunConfig.resolve(request, defaults(), settings, random);
        CustomTask task = CustomData.task(sequences, config.seed(), limits, runLimits);
        return runs.start(task, config, owner);
    }

    /** The custom defaults, made no larger than this server's custom-run limits. */
    private TaskDefaults defaults() {
        TaskDefaults d = CustomTask.DEFAULTS;
        return new TaskDefaults(Math.min(d.layers(), runLimits.maxLayers()),
                Math.min(d.hiddenSize(), runLimits.maxHiddenSize()), d.learningRate(), d.batchSize(), d.maxSteps());
    }

    private static void within(String field, Integer value, int max, String setting) {
        if (value != null && (value < 1 || value > max)) {
            throw new IllegalArgumentException(field + " of a custom run must be between 1 and " + max
                    + " on this server (setting " + CustomRunLimits.PREFIX + setting + "), got " + value);
        }
    }
}
