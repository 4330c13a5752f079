package com.lstmexplorer.limits;

/** The allowances a {@link Costly} endpoint draws on, each with its own setting under {@code lstm-explorer.limits}. */
public enum Cost {
    RUN_STARTS("run starts", "run-starts-per-minute"),
    TRACES("traces", "traces-per-minute"),
    IMPORTS("snapshot imports", "imports-per-minute");

    /** What the 429's detail says there were too many of. */
    final String what;
    final String setting;

    Cost(String what, String setting) {
        this.what = what;
        this.setting = setting;
    }

    int perMinute(RateLimitSettings settings) {
        return switch (this) {
            case RUN_STARTS -> settings.runStartsPerMinute();
            case TRACES -> settings.tracesPerMinute();
            case IMPORTS -> settings.importsPerMinute();
        };
    }
}
