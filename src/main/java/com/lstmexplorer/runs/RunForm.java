package com.lstmexplorer.runs;

import com.lstmexplorer.model.task.CustomTask;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The form fields of a multipart {@code POST /api/runs} as a request. Only a custom run can be started
 * this way (the data is the {@code file} part); blank fields count as absent, as a browser sends them
 * ({@code stepsPerSecond} blank: full speed).
 */
final class RunForm {
    static final List<String> FIELDS = List.of("task", "cell", "layers", "hiddenSize", "seed", "learningRate",
            "batchSize", "maxSteps", "stepsPerSecond");

    private RunForm() {
    }

    static RunRequest parse(Map<String, String> fields) {
        for (String name : fields.keySet()) {
            if (!FIELDS.contains(name)) {
                throw new IllegalArgumentException("unknown form field '" + name + "'; a multipart POST /api/runs"
                        + " takes the part 'file' and the fields " + String.join(", ", FIELDS));
            }
        }
        String task = blankToNull(fields.get("task"));
        if (task != null && !task.equals(CustomTask.ID)) {
            throw new IllegalArgumentException("a multipart POST /api/runs trains on the uploaded file, so task must be"
                    + " '" + CustomTask.ID + "' or left out, got '" + task + "'");
        }
        return new RunRequest(CustomTask.ID, blankToNull(fields.get("cell")), number(fields, "layers", Integer::valueOf),
                number(fields, "hiddenSize", Integer::valueOf), number(fields, "seed", Long::valueOf),
                number(fields, "learningRate", Double::valueOf), number(fields, "batchSize", Integer::valueOf),
                number(fields, "maxSteps", Integer::valueOf), null, number(fields, "stepsPerSecond", Integer::valueOf), null);
    }

    private static <T> T number(Map<String, String> fields, String name, Function<String, T> parse) {
        String raw = blankToNull(fields.get(name));
        if (raw == null) {
            return null;
        }
        try {
            return parse.apply(raw.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("form field '" + name + "' must be a number"
                    + (name.equals("learningRate") ? "" : " (an integer)") + ", got '" + raw + "'");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
