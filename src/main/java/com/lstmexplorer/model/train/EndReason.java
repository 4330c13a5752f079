package com.lstmexplorer.model.train;

import java.util.Locale;

/** Why a {@link TrainingLoop} ended; {@link #id()} is the name in JSON ("max-steps"). */
public enum EndReason {
    CONVERGED, MAX_STEPS, FIRST_SOLVE, STOPPED;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
