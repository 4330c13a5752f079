package com.lstmexplorer.runs;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.Vocabulary;
import com.lstmexplorer.model.task.Evaluation;
import com.lstmexplorer.model.task.Latents;
import com.lstmexplorer.model.task.Task;
import com.lstmexplorer.model.task.TaskDefaults;
import java.util.List;
import java.util.random.RandomGenerator;

/** A task that is another one in everything it does not override: what a test builds its own tasks from. */
interface TaskOfOurOwn extends Task {
    /** The task this one behaves like. */
    Task like();

    default String next(RandomGenerator random) { return like().next(random); }
    default String id() { return like().id(); }
    default String title() { return like().title(); }
    default String description() { return like().description(); }
    default Vocabulary vocabulary() { return like().vocabulary(); }
    default List<String> examples() { return like().examples(); }
    default TaskDefaults defaults() { return like().defaults(); }
    default List<String> evaluationSet() { return like().evaluationSet(); }
    default Evaluation evaluate(Network network) { return like().evaluate(network); }
    default Latents latents(String sequence) { return like().latents(sequence); }
}
