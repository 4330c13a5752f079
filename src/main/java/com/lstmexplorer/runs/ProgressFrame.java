package com.lstmexplorer.runs;

/**
 * A progress frame of {@code /topic/runs/{id}}; the last frame a run sends is one of these with its
 * final status. {@code loss} and {@code accuracy} are null before the first step and evaluation,
 * {@code validationLoss} unless the task is {@code custom}.
 */
public record ProgressFrame(String type, int step, Double loss, Double accuracy, Double validationLoss,
                            RunStatus status, long elapsedMs, Integer solvedAtStep, int maxSteps, String error) {

    static ProgressFrame of(Run run) {
        RunView view = run.view();
        return new ProgressFrame("progress", view.step(), view.loss(), view.accuracy(), view.validationLoss(),
                view.status(), view.elapsedMs(), view.solvedAtStep(), view.config().maxSteps(), view.error());
    }
}
