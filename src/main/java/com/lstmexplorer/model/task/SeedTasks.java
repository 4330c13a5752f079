package com.lstmexplorer.model.task;

import java.util.List;

/** The four seed tasks in the order docs/tasks.md lists them, looked up by id. They are immutable and shared. */
public final class SeedTasks {
    private static final List<SeedTask> ALL = List.of(
            new CountingTask(), new SelectiveCountingTask(), new StateMemoryTask(), new CopyTask());

    private SeedTasks() {
    }

    /** counting, selective-counting, state-memory, copy. */
    public static List<SeedTask> all() {
        return ALL;
    }

    public static List<String> ids() {
        return ALL.stream().map(Task::id).toList();
    }

    /**
     * The task with this id.
     *
     * @throws IllegalArgumentException naming the unknown id and the known ones
     */
    public static SeedTask byId(String id) {
        for (SeedTask task : ALL) {
            if (task.id().equals(id)) {
                return task;
            }
        }
        throw new IllegalArgumentException("unknown task '" + id + "'; expected one of "
                + String.join(", ", ids()));
    }
}
