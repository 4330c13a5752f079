package com.lstmexplorer.tasks;

import com.lstmexplorer.model.task.SeedTasks;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lists the seed tasks with their vocabularies, examples and default training configuration. */
@RestController
class TasksController {

    @GetMapping("/api/tasks")
    List<TaskView> tasks() {
        return SeedTasks.all().stream().map(TaskView::of).toList();
    }
}
