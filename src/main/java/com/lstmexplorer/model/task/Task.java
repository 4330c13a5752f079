package com.lstmexplorer.model.task;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.Vocabulary;
import java.util.List;

/** A character task a network can be trained on and judged by. */
public interface Task extends SequenceSampler {
    /** Stable id used in the API, e.g. "counting", "selective-counting", "state-memory", "copy", "custom". */
    String id();

    String title();

    String description();

    Vocabulary vocabulary();

    /** A few sequences of the task, as shown in the gallery. */
    List<String> examples();

    TaskDefaults defaults();

    /** The sequences a network is judged on (and the live run's probe sequences). */
    List<String> evaluationSet();

    /** Judges the network on {@link #evaluationSet()}. */
    Evaluation evaluate(Network network);

    /** The task's hidden variables along {@code sequence} (empty names for custom data). */
    Latents latents(String sequence);
}
