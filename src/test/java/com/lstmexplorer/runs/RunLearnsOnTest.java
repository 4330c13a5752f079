package com.lstmexplorer.runs;

import static org.assertj.core.api.Assertions.assertThat;

import com.lstmexplorer.model.train.Stopping;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/** A run learns on after its first solve until it converges, keeping the step of its first solve; or stops there if asked. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lstm-explorer.snapshots.seed-networks=false")
class RunLearnsOnTest extends RunTesting {

    @Test
    void aRunLearnsOnAfterItsFirstSolveUntilItConverges() {
        JsonNode run = http.get("/api/runs/" + http.finishedRun("{\"task\":\"counting\",\"seed\":1}")).json();
        assertThat(run.get("status").asString()).isEqualTo("solved");
        assertThat(run.get("endReason").asString()).isEqualTo("converged");
        assertThat(run.get("config").get("stopAtSolve").asBoolean()).isFalse();
        int solvedAt = run.get("solvedAtStep").asInt();
        // converged needs at least `patience` evaluations (of 20 updates) past the first solve
        assertThat(run.get("step").asInt()).isGreaterThanOrEqualTo(solvedAt + Stopping.CONVERGED.patience() * 20)
                .isLessThan(run.get("config").get("maxSteps").asInt());
        assertThat(run.get("accuracy").asDouble()).isEqualTo(1.0);
    }

    @Test
    void stopAtSolveEndsTheRunAtItsFirstSolve() {
        JsonNode run = http.get("/api/runs/" + http.finishedRun("{\"task\":\"counting\",\"seed\":1,\"stopAtSolve\":true}"))
                .json();
        assertThat(run.get("status").asString()).isEqualTo("solved");
        assertThat(run.get("endReason").asString()).isEqualTo("first-solve");
        assertThat(run.get("step").asInt()).isEqualTo(run.get("solvedAtStep").asInt());
    }

    @Test
    void aRunThatReachesMaxStepsSaysSo() {
        JsonNode run = http.get("/api/runs/" + http.finishedRun("{\"task\":\"counting\",\"maxSteps\":30}")).json();
        assertThat(run.get("endReason").asString()).isEqualTo("max-steps");
        assertThat(run.get("step").asInt()).isEqualTo(30);
    }
}
