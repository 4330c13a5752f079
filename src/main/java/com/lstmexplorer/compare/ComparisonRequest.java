package com.lstmexplorer.compare;

import com.lstmexplorer.model.cell.CellType;
import com.lstmexplorer.model.task.CustomTask;
import com.lstmexplorer.model.task.SeedTasks;
import com.lstmexplorer.runs.RunRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code POST /api/comparisons} asks for: a seed task, 2 to 5 distinct cells ({@code GET /api/cells}), and
 * the training settings they all share, each optional as in {@code POST /api/runs} (an absent seed is drawn once
 * and reported).
 */
record ComparisonRequest(String task, List<String> cells, Long seed, Integer layers, Integer hiddenSize,
                         Double learningRate, Integer batchSize, Integer maxSteps, Integer stepsPerSecond,
                         Boolean stopAtSolve) {
    static final int MIN_CELLS = 2;

    /** The cells in the order asked for; fails naming the fault (missing, too few, unknown, repeated). */
    List<CellType> cellTypes() {
        String known = String.join(", ", java.util.Arrays.stream(CellType.values()).map(CellType::id).toList());
        if (cells == null || cells.size() < MIN_CELLS) {
            throw new IllegalArgumentException("cells must name at least " + MIN_CELLS + " cells to compare, got "
                    + (cells == null ? "none" : cells.size()) + "; known cells: " + known);
        }
        List<CellType> types = new ArrayList<>();
        for (int k = 0; k < cells.size(); k++) {
            String id = cells.get(k);
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("cells[" + k + "] is empty; known cells: " + known);
            }
            CellType type;
            try {
                type = CellType.byId(id.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("cells[" + k + "]: " + e.getMessage());
            }
            if (types.contains(type)) {
                throw new IllegalArgumentException("cells names " + type.id() + " twice (cells[" + types.indexOf(type)
                        + "] and cells[" + k + "]); each cell is compared once");
            }
            types.add(type);
        }
        return types;
    }

    /** The settings every member's run trains with (its cell apart). */
    RunRequest runRequest() {
        if (CustomTask.ID.equals(task)) {
            throw new IllegalArgumentException("task '" + CustomTask.ID + "' cannot be compared: a comparison trains one"
                    + " of the seed tasks (" + String.join(", ", SeedTasks.ids()) + "), which have a sweep and latents"
                    + " to compare; train each cell on your own data with POST /api/runs");
        }
        return new RunRequest(task, null, layers, hiddenSize, seed, learningRate, batchSize, maxSteps, null,
                stepsPerSecond, stopAtSolve);
    }
}
