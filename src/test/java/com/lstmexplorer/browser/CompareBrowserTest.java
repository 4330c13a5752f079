package com.lstmexplorer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.lstmexplorer.runs.RunService;
import com.lstmexplorer.testing.Http;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * /compare in a real browser: reached from the gallery, it fills its form but starts nothing by itself; three
 * cells train live side by side (three loss curves growing, three rows, three first solves); its URL reopens the
 * comparison in another browser; Save and share gives a link that opens the saved comparison. Screenshots while
 * training, ended, saved and on a phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lstm-explorer.snapshots.seed-networks=false")
class CompareBrowserTest {
    private static final List<String> CELLS = List.of("lstm", "gru", "rnn");

    @LocalServerPort
    int port;
    @TempDir
    Path temp;
    @Autowired
    RunService runs;

    @Test
    void threeCellsTrainLiveSideBySideAndTheUrlReopensAndSharesTheComparison() {
        String liveUrl;
        Map<String, ComparePage.Row> ended;
        int runsBefore = runs.list().size(); // other tests of this context may have left runs
        try (Browser browser = Browser.open(port, temp)) {
            browser.go("/");
            browser.waitFor(By.id("to-compare")).click();
            browser.until(d -> browser.path().equals("/compare"));
            ComparePage page = new ComparePage(browser).awaitForm();
            assertThat(page.checkedCells()).containsExactlyElementsOf(CELLS);
            assertThat(page.showsAComparison()).as("nothing shown, nothing started").isFalse();
            assertThat(runs.list()).hasSize(runsBefore);

            page.train("counting", CELLS, 1, "250");
            browser.until(d -> browser.driver().getCurrentUrl().contains("id="));
            assertThat(browser.driver().getCurrentUrl()).contains("task=counting", "cells=lstm,gru,rnn", "seed=1",
                    "pace=250");
            assertThat(page.title()).isEqualTo("Counting: LSTM vs GRU vs plain RNN");
            Map<String, Integer> early = browser.until(d -> {
                Map<String, Integer> points = page.lossPoints();
                return points.size() == 3 && points.values().stream().allMatch(n -> n >= 2) ? points : null;
            });
            browser.until(d -> CELLS.stream().allMatch(c -> page.lossPoints().get(c) > early.get(c) + 2));
            assertThat(page.config()).startsWith("Training side by side");
            assertThat(page.rows().keySet()).containsExactlyElementsOf(CELLS);
            browser.fullScreenshot("compare-training");

            ended = page.awaitEnded(Duration.ofSeconds(120));
            assertThat(ended.values()).allSatisfy(row -> {
                assertThat(row.status()).startsWith("solved at step " + row.solved().replace("step ", ""));
                assertThat(row.solvedStep()).matches("\\d+");
                assertThat(row.link()).matches("/runs/[A-Za-z0-9_-]+");
            });
            assertThat(page.solveMarks()).as("each solve marked on the chart at its step").isEqualTo(solvedSteps(ended));
            browser.until(d -> page.sweepPoints().values().stream().filter(n -> n == 30).count() == 3);
            Map<String, String> labels = page.awaitLabels();
            assertThat(labels.keySet()).containsExactlyElementsOf(CELLS);
            assertThat(labels.values()).allMatch(t -> t.matches("(?s).*#\\d+ \\w+ \\(r = \u2212?\\d\\.\\d\\d\\).*"));
            assertThat(page.config()).startsWith("Trained side by side");
            assertThat(page.error()).isEmpty();
            assertThat(browser.consoleErrors()).as("no script errors, no failed requests").isEmpty();
            browser.fullScreenshot("compare-ended");
            liveUrl = browser.driver().getCurrentUrl();
        }

        try (Browser other = Browser.open(port, temp)) {
            other.driver().get(liveUrl);
            ComparePage page = new ComparePage(other).awaitForm();
            Map<String, ComparePage.Row> reopened = page.awaitEnded(Browser.PATIENCE);
            assertThat(reopened).as("the same comparison, from its URL").isEqualTo(ended);
            assertThat(page.task()).isEqualTo("counting");
            assertThat(page.checkedCells()).containsExactlyElementsOf(CELLS);
            assertThat(page.field("seed")).isEqualTo("1");
            assertThat(page.lossPoints().values()).allMatch(n -> n > 10);
            assertThat(page.solveMarks()).isEqualTo(solvedSteps(ended));
            other.fullScreenshot("compare-reopened");

            String shared = page.saveAndShare();
            assertThat(shared).startsWith(other.url("/compare?task=counting&cells=lstm,gru,rnn&seed=1"))
                    .doesNotContain(liveUrl.replaceAll(".*id=", "id="));
            other.fullScreenshot("compare-saved-link");

            try (Browser third = Browser.open(port, temp, 390, 844)) {
                third.driver().get(shared);
                ComparePage saved = new ComparePage(third).awaitForm();
                Map<String, ComparePage.Row> rows = saved.awaitEnded(Browser.PATIENCE);
                assertThat(saved.config()).startsWith("Saved comparison");
                assertThat(saved.saveButtonShown()).isFalse();
                for (String cell : CELLS) {
                    ComparePage.Row was = ended.get(cell);
                    ComparePage.Row row = rows.get(cell);
                    assertThat(List.of(row.cell(), row.status(), row.step(), row.solved()))
                            .isEqualTo(List.of(was.cell(), was.status(), was.step(), was.solved()));
                    assertThat(row.link()).as("the saved network").matches("/s/[A-Za-z0-9_-]{22}");
                }
                assertThat(saved.solveMarks()).isEqualTo(solvedSteps(ended));
                // Each network's labels come from its snapshot's analysis: the page shows them where the server
                // analyses the snapshot, and says why not where it does not (snapshots of some cells cannot be
                // opened on a server that stores only some cells).
                Map<String, String> savedLabels = saved.awaitLabels();
                Http api = new Http(port);
                for (String cell : CELLS) {
                    String snapshot = rows.get(cell).link().substring("/s/".length());
                    Http.Answer analysis = api.get("/api/snapshots/" + snapshot + "/analysis");
                    if (analysis.status() == 200) {
                        assertThat(savedLabels.get(cell)).as(cell).matches("(?s).*#\\d+ \\w+ \\(r = .*");
                    } else {
                        assertThat(savedLabels.get(cell)).as(cell).contains("No analysis: " + analysis.detail());
                    }
                }
                assertThat(savedLabels.get("lstm")).matches("(?s).*#\\d+ \\w+ \\(r = .*");
                Boolean fits = third.script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth;");
                assertThat(fits).as("the compare page fits 390 px").isTrue();
                third.fullScreenshot("compare-saved-phone");
            }
        }
    }

    private static Map<String, String> solvedSteps(Map<String, ComparePage.Row> rows) {
        Map<String, String> steps = new LinkedHashMap<>();
        rows.forEach((cell, row) -> {
            if (!row.solvedStep().isEmpty()) {
                steps.put(cell, row.solvedStep());
            }
        });
        return steps;
    }
}
