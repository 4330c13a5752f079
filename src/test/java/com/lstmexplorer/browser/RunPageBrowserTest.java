package com.lstmexplorer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.lstmexplorer.model.train.Stopping;
import com.lstmexplorer.model.train.TrainingLoop;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A training run in a real browser, started from the gallery's form: the progress bar advances, the
 * heatmap's colours change as frames arrive, the stop button stops it; a run that solves its task says
 * at which step. Screenshots mid-training and finished, at desktop and phone width.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RunPageBrowserTest {
    private static final Pattern STEP = Pattern.compile("^([\\d,]+)");

    @LocalServerPort
    int port;
    @TempDir
    Path temp;

    /** Fills the form on / (the task's defaults, then {@code fields}) and presses Train. */
    private static void train(Browser browser, String task, String... fields) {
        browser.go("/");
        browser.until(d -> d.findElements(By.cssSelector("#train-form select[name=task] option")).size() == 4);
        new Select(browser.driver().findElement(By.name("task"))).selectByValue(task);
        for (int k = 0; k < fields.length; k += 2) {
            WebElement input = browser.driver().findElement(By.name(fields[k]));
            if (input.getTagName().equals("select")) {
                new Select(input).selectByValue(fields[k + 1]);
                continue;
            }
            input.clear();
            input.sendKeys(fields[k + 1]);
        }
        browser.driver().findElement(By.cssSelector("#train-form button[type=submit]")).click();
        browser.until(d -> browser.path().matches("/runs/[A-Za-z0-9_-]+"));
    }

    private static String text(Browser browser, String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    private static int step(Browser browser) {
        Matcher m = STEP.matcher(text(browser, "run-step"));
        return m.find() ? Integer.parseInt(m.group(1).replace(",", "")) : -1;
    }

    /** The width of the progress bar's filled part, as drawn, in pixels. */
    private static double progressWidth(Browser browser) {
        Number width = browser.script("return document.querySelector('#progress .progress-fill').getBoundingClientRect().width;");
        return width.doubleValue();
    }

    /** The run page in a second, phone-sized browser: drawn, no wider than the screen, screenshot. */
    private void onPhone(String runUrl, String screenshot) {
        try (Browser phone = Browser.open(port, temp, 390, 844)) {
            phone.driver().get(runUrl);
            ExplorerPage page = new ExplorerPage(phone);
            page.awaitDrawn();
            assertThat(page.fitsWidth()).as("run page fits 390 px").isTrue();
            phone.fullScreenshot(screenshot);
        }
    }

    @Test
    void aRunStartedFromTheFormShowsItsProgressAndLearningLiveAndStops() {
        try (Browser browser = Browser.open(port, temp)) {
            ExplorerPage page = new ExplorerPage(browser);
            // copy at full speed and a small learning rate: it learns visibly, and takes a while to solve
            train(browser, "copy", "learningRate", "0.00005", "maxSteps", "100000", "stepsPerSecond", "");
            String runUrl = browser.driver().getCurrentUrl();

            browser.until(d -> step(browser) > 0 && progressWidth(browser) > 0);
            int firstStep = step(browser);
            double firstWidth = progressWidth(browser);
            page.awaitDrawn();
            List<Object> firstColours = page.heatmapColours();
            browser.until(d -> step(browser) > firstStep && progressWidth(browser) > firstWidth);
            browser.until(d -> !page.heatmapColours().equals(firstColours));
            assertThat(text(browser, "run-status")).matches("training, step [\\d,]+");
            assertThat(text(browser, "run-elapsed")).isNotEqualTo("\u2013");
            assertThat(text(browser, "run-eta")).isNotEqualTo("\u2013");
            assertThat(text(browser, "run-loss")).matches("\\d+\\.\\d+");
            assertThat(text(browser, "run-accuracy")).endsWith("%");
            String lossLine = browser.until(d -> {
                String path = d.findElement(By.cssSelector(".loss-chart path.line.loss")).getAttribute("d");
                return path != null && path.contains("L") ? path : null;
            });
            assertThat(lossLine).as("a loss line of several points").contains("L");
            browser.fullScreenshot("run-training");

            onPhone(runUrl, "run-training-phone");

            WebElement stop = browser.driver().findElement(By.id("stop-run"));
            assertThat(stop.isEnabled()).isTrue();
            stop.click();
            browser.until(d -> text(browser, "run-status").matches("stopped after [\\d,]+ steps"));
            browser.until(d -> !d.findElement(By.id("stop-run")).isEnabled());
            assertThat(text(browser, "run-eta")).isEqualTo("done");
            page.awaitDrawn();
        }
    }

    @Test
    void aRunThatSolvesItsTaskSaysAtWhichStep() {
        try (Browser browser = Browser.open(port, temp)) {
            ExplorerPage page = new ExplorerPage(browser);
            // Its defaults solve it in about a hundred steps; it learns on after the first solve until it converges
            // (at least 25 evaluations of 20 steps more, about a thousand steps), so this run takes the fast pace.
            train(browser, "counting", "stepsPerSecond", "250");
            browser.until(d -> text(browser, "run-config").endsWith("250 steps/s"));
            String status = browser.until(Duration.ofSeconds(180), d -> {
                String s = text(browser, "run-status");
                return s.matches("solved at step [\\d,]+; finished after [\\d,]+ steps") ? s : null;
            });
            browser.until(d -> d.findElement(By.id("progress")).getAttribute("class").contains("done"));
            assertThat(text(browser, "run-eta")).isEqualTo("done");
            int solvedAt = Integer.parseInt(status.replaceAll("^solved at step ([\\d,]+);.*$", "$1").replace(",", ""));
            assertThat(step(browser)).as("the step it converged at, past its first solve")
                    .isGreaterThanOrEqualTo(solvedAt + Stopping.CONVERGED.patience() * TrainingLoop.DEFAULT_EVALUATE_EVERY);
            page.awaitDrawn();
            assertThat(page.stripColours()).as("the final network on the task's evaluation cases").hasSize(10);
            browser.fullScreenshot("run-solved");
            onPhone(browser.driver().getCurrentUrl(), "run-solved-phone");
        }
    }

    @Test
    void aGruRunChosenInTheFormShowsTheGrusOwnQuantitiesWithLegends() {
        try (Browser browser = Browser.open(port, temp)) {
            ExplorerPage page = new ExplorerPage(browser);
            browser.go("/");
            browser.until(d -> d.findElements(By.cssSelector("#train-form select[name=cell] option")).size() == 5);
            train(browser, "counting", "cell", "gru", "stepsPerSecond", "250");
            browser.until(d -> text(browser, "run-config").startsWith("GRU \u00B7 1 layer"));
            page.awaitDrawn();

            List<String> quantities = browser.script("return [...document.querySelectorAll('.quantities button')]"
                    + ".map((b) => b.dataset.quantity + '=' + b.textContent.trim());");
            assertThat(quantities).as("the GRU's quantities, in its order, by their labels")
                    .containsExactly("hidden=hidden state", "update=update gate", "reset=reset gate",
                            "candidate=candidate");
            assertThat(browser.driver().findElements(By.cssSelector(".ex-legend"))).hasSize(3)
                    .allSatisfy(legend -> assertThat(legend.findElements(By.cssSelector(".legend-bar"))).isNotEmpty());
            assertThat(browser.driver().findElement(By.cssSelector("body")).getText())
                    .doesNotContain("forget gate").doesNotContain("output gate");
            page.chooseQuantity("update");
            browser.until(d -> page.read().quantity().equals("update"));
            browser.until(d -> d.findElement(By.cssSelector(".ex-focus .ex-legend")).getText().contains("update gate"));
            assertThat(page.query()).contains("quantity=update");
            browser.fullScreenshot("run-gru");
        }
    }
}
