package com.lstmexplorer.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.lstmexplorer.model.cell.CellType;
import com.lstmexplorer.model.task.TaskDefaults;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RunConfigTest {
    private static final TaskDefaults DEFAULTS = new TaskDefaults(1, 10, 0.01, 32, 2000);
    private final RunSettings settings = RunSettings.defaults();

    private static RunRequest request(Integer layers, Integer hidden, Long seed, Double rate, Integer batch, Integer steps) {
        return new RunRequest("counting", null, layers, hidden, seed, rate, batch, steps, null, null, null);
    }

    private RunConfig resolve(RunRequest request) {
        return RunConfig.resolve(request, DEFAULTS, settings, new Random(7));
    }

    @Test
    void fillsWhatTheRequestLeavesOutFromTheTaskDefaultsAndDrawsASeed() {
        RunConfig config = resolve(request(null, null, null, null, null, null));

        assertThat(config.layers()).isEqualTo(1);
        assertThat(config.hiddenSize()).isEqualTo(10);
        assertThat(config.learningRate()).isEqualTo(0.01);
        assertThat(config.batchSize()).isEqualTo(32);
        assertThat(config.maxSteps()).isEqualTo(2000);
        assertThat(config.seed()).isBetween(0L, RunConfig.MAX_SEED);
        assertThat(resolve(request(null, null, null, null, null, null)).seed())
                .as("same random source, same seed").isEqualTo(config.seed());
    }

    @Test
    void keepsWhatTheRequestGives() {
        RunConfig config = resolve(request(2, 20, -5L, 0.1, 8, 300));

        assertThat(config).isEqualTo(new RunConfig("lstm", 2, 20, -5L, 0.1, 8, 300, null, false));
        assertThat(config.shape().layers()).isEqualTo(2);
        assertThat(config.training().seed()).isEqualTo(-5L);
    }

    @Test
    void theCellIsTheLstmUnlessTheRequestNamesOneAndIsReportedByItsId() {
        assertThat(resolve(request(null, null, 1L, null, null, null)).shape().cell()).isEqualTo(CellType.LSTM);
        RunConfig gru = resolve(new RunRequest("counting", " GRU ", null, null, 1L, null, null, null, null, null, null));
        assertThat(gru.cell()).isEqualTo("gru");
        assertThat(gru.cellLabel()).isEqualTo("GRU");
        assertThat(gru.shape().cell()).isEqualTo(CellType.GRU);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> resolve(new RunRequest("counting", "lsmt", null, null, 1L, null, null, null, null, null,
                        null)))
                .withMessageContaining("unknown cell 'lsmt'").withMessageContaining("lstm, peephole, cifg, gru, rnn");
    }

    @Test
    void aPaceIsKeptAndTooSlowAOneIsRefusedNamingTheSetting() {
        RunRequest paced = new RunRequest("counting", null, null, null, 1L, null, null, null, null, 25, null);
        assertThat(resolve(paced).stepsPerSecond()).isEqualTo(25);
        assertThat(resolve(request(null, null, 1L, null, null, null)).stepsPerSecond()).as("full speed").isNull();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> resolve(new RunRequest("counting", null, null, null, 1L, null, null, null, null, 1, null)))
                .withMessageContaining("stepsPerSecond must be at least 5").withMessageContaining("got 1")
                .withMessageContaining("lstm-explorer.runs.min-steps-per-second");
    }

    @Test
    void namesTheFieldAndTheSettingThatLimitsIt() {
        assertThatIllegalArgumentException().isThrownBy(() -> resolve(request(null, 0, null, null, null, null)))
                .withMessageContaining("hiddenSize").withMessageContaining("got 0")
                .withMessageContaining("lstm-explorer.runs.max-hidden-size");
        assertThatIllegalArgumentException().isThrownBy(() -> resolve(request(null, 100_000, null, null, null, null)))
                .withMessageContaining("hiddenSize must be between 1 and 128");
        assertThatIllegalArgumentException().isThrownBy(() -> resolve(request(9, null, null, null, null, null)))
                .withMessageContaining("layers must be between 1 and 3").withMessageContaining("got 9");
        assertThatIllegalArgumentException().isThrownBy(() -> resolve(request(null, null, null, null, 0, null)))
                .withMessageContaining("batchSize");
        assertThatIllegalArgumentException().isThrownBy(() -> resolve(request(null, null, null, null, null, 10_000_000)))
                .withMessageContaining("maxSteps");
        assertThatIllegalArgumentException().isThrownBy(() -> resolve(request(null, null, 1L << 60, null, null, null)))
                .withMessageContaining("seed");
    }

    @Test
    void learningRateIsCheckedByTheEngine() {
        assertThatIllegalArgumentException().isThrownBy(() -> resolve(request(null, null, null, -0.1, null, null)))
                .withMessageContaining("learningRate").withMessageContaining("-0.1");
        assertThatIllegalArgumentException().isThrownBy(() -> resolve(request(null, null, null, Double.NaN, null, null)))
                .withMessageContaining("learningRate").withMessageContaining("NaN");
    }

    @Test
    void serverLimitsAreSettings() {
        RunSettings small = new RunSettings(null, null, null, 1, 16, null, null, null, null, null, null, null, null);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> RunConfig.resolve(request(2, null, null, null, null, null), DEFAULTS, small, new Random()))
                .withMessageContaining("layers must be between 1 and 1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RunConfig.resolve(request(null, 17, null, null, null, null), DEFAULTS, small, new Random()))
                .withMessageContaining("between 1 and 16");
    }
}
