package com.lstmexplorer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.lstmexplorer.runs.RunService;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Training on your own sequences from the gallery in a real browser: a datasets/ example uploaded, the
 * run's page with its loss falling, validation figures, live explorer and probe box; bad data refused
 * under the form with nothing started.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lstm-explorer.snapshots.seed-networks=false")
class CustomTrainingBrowserTest {
    @LocalServerPort
    int port;
    @TempDir
    Path temp;
    @Autowired
    RunService allRuns;

    @Test
    void trainsOnTheBracketsExampleAndTheLossFalls() {
        try (Browser browser = Browser.open(port, temp)) {
            browser.go("/");
            WebElement form = browser.waitFor(By.id("custom-form"));
            form.findElement(By.name("file")).sendKeys(Path.of("datasets", "brackets", "train.txt").toAbsolutePath().toString());
            form.findElement(By.name("seed")).sendKeys("1");
            browser.script("arguments[0].scrollIntoView({block: 'center'})", form);
            browser.screenshot("custom-form");
            form.findElement(By.cssSelector("button[type=submit]")).click();

            browser.until(d -> d.getCurrentUrl().contains("/runs/"));
            browser.until(d -> number(d, "run-loss") != null && step(d) > 0);
            // At the form's fast pace the page may first show a step past 100, where the loss has mostly fallen
            // and one minibatch's noise can hide the rest: the early figure is the run's first evaluation (step 20).
            String runPath = browser.path();
            java.util.Map<String, Object> first = browser.until(d -> browser.script("return fetch('/api" + runPath
                    + "').then(r => r.json()).then(r => r.history.length ? r.history[0] : null);"));
            int earlyStep = ((Number) first.get("step")).intValue();
            double earlyLoss = ((Number) first.get("loss")).doubleValue();
            // 500 steps: two seconds at the form's fast pace, much more on a loaded machine.
            browser.until(java.time.Duration.ofSeconds(90), d -> step(d) >= earlyStep + 500 || d.findElement(By.id("run-status")).getText().contains("inish"));
            double laterLoss = number(browser.driver(), "run-loss");
            System.out.printf("custom run on datasets/brackets: loss %.3f at step %d, %.3f at step %d%n",
                    earlyLoss, earlyStep, laterLoss, step(browser.driver()));
            assertThat(laterLoss).as("the loss falls").isLessThan(earlyLoss);

            assertThat(browser.driver().findElement(By.id("run-title")).getText()).contains("your own sequences");
            assertThat(browser.driver().findElement(By.id("run-accuracy-label")).getText()).isEqualTo("Accuracy");
            assertThat(browser.driver().findElement(By.id("run-accuracy-label")).getDomAttribute("title")).contains("validation");
            browser.until(d -> number(d, "run-validation-loss") != null);
            browser.waitFor(By.cssSelector(".strip"));
            browser.driver().findElement(By.cssSelector(".seqbox-input")).sendKeys("((()()))");
            browser.until(d -> SequenceBoxBrowserTest.strips(browser).contains("((()()))"));
            browser.screenshot("custom-run");
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            browser.until(d -> (Long) browser.script("return document.documentElement.scrollWidth - window.innerWidth") <= 0L);
            browser.screenshot("custom-run-phone");
        }
    }

    @Test
    void dataTooSmallToSplitIsRefusedUnderTheFormAndStartsNothing() {
        // Every run on the server, whoever started it: the browser's runs are not listed to another client.
        int runs = allRuns.list().size();
        try (Browser browser = Browser.open(port, temp)) {
            browser.go("/");
            WebElement form = browser.waitFor(By.id("custom-form"));
            form.findElement(By.name("lines")).sendKeys("(())\n()()\n\n((()))\n");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            WebElement error = browser.waitFor(By.id("custom-error"));
            assertThat(error.getText()).contains("too small", "3 sequences", "min-sequences");
            assertThat(browser.driver().getCurrentUrl()).doesNotContain("/runs/");
            assertThat(allRuns.list().size()).as("no run started").isEqualTo(runs);
            browser.script("arguments[0].scrollIntoView({block: 'center'})", error);
            browser.screenshot("custom-form-error");
        }
        try (Browser phone = Browser.open(port, temp, 390, 844)) {
            phone.go("/");
            WebElement form = phone.waitFor(By.id("custom-form"));
            form.findElement(By.cssSelector("button[type=submit]")).click();
            assertThat(phone.waitFor(By.id("custom-error")).getText()).contains("upload a file or paste some lines");
            phone.script("arguments[0].scrollIntoView({block: 'start'})", form);
            Long overflow = phone.script("return document.documentElement.scrollWidth - window.innerWidth");
            assertThat(overflow).as("no sideways scrolling").isLessThanOrEqualTo(0L);
            phone.screenshot("custom-form-phone");
        }
    }

    private static Double number(WebDriver driver, String id) {
        String text = driver.findElement(By.id(id)).getText().replace(",", "");
        return text.matches("[0-9.]+") ? Double.valueOf(text) : null;
    }

    private static int step(WebDriver driver) {
        String text = driver.findElement(By.id("run-step")).getText().split("/")[0].replace(",", "").strip();
        return text.matches("\\d+") ? Integer.parseInt(text) : -1;
    }
}
