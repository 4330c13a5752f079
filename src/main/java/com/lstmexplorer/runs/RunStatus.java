package com.lstmexplorer.runs;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a run is; the last four are final. */
public enum RunStatus {
    QUEUED, RUNNING, SOLVED, FINISHED, STOPPED, FAILED;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isFinal() {
        return this != QUEUED && this != RUNNING;
    }
}
