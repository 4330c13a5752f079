package com.lstmexplorer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.lstmexplorer.testing.Http;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 11, "First-time experience", in a real browser: a watched counting run (its loss drawn from the
 * first frame, 20+ heatmap states), a run on datasets/sums (its pace, its end text, no "solve"), prefix
 * completion (greedy and sampled), and a 128-neuron heatmap whose every row has a label to click and a key.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lstm-explorer.snapshots.seed-networks=false")
class FirstTimeBrowserTest {
    @LocalServerPort
    int port;
    @TempDir
    Path temp;

    private static String text(Browser browser, String css) {
        return browser.driver().findElement(By.cssSelector(css)).getText();
    }

    private static int attribute(Browser browser, String css, String name) {
        String value = browser.driver().findElement(By.cssSelector(css)).getDomAttribute(name);
        return value == null || value.isEmpty() ? -1 : Integer.parseInt(value);
    }

    @Test
    void aWatchedCountingRunDrawsItsLossFromTheStartAndOverTwentyHeatmapStates() {
        try (Browser browser = Browser.open(port, temp)) {
            browser.go("/");
            browser.until(d -> d.findElements(By.cssSelector("#train-form select[name=task] option")).size() == 4);
            browser.driver().findElement(By.cssSelector("#train-form button[type=submit]")).click(); // counting, watch pace
            browser.until(d -> d.getCurrentUrl().contains("/runs/"));
            browser.until(d -> attribute(browser, ".loss-chart", "data-loss-points") >= 2);
            int first = attribute(browser, ".loss-chart", "data-first-loss-step");
            try {
                browser.until(d -> text(browser, "#run-status").contains("solved"));
            } catch (RuntimeException e) {
                browser.fullScreenshot("first-time-counting-run-timeout");
                throw e;
            }
            String status = text(browser, "#run-status");
            int drawn = Integer.parseInt(browser.driver().findElement(By.id("run-page")).getDomAttribute("data-activations-drawn"));
            int points = attribute(browser, ".loss-chart", "data-loss-points");
            System.out.printf("watched counting run: %s; first loss point at step %d, %d loss points, %d activations frames drawn%n",
                    status, first, points, drawn);
            assertThat(first).as("the loss is drawn before the first evaluation (step 20)").isLessThan(20);
            assertThat(points).as("a loss point from every progress frame").isGreaterThanOrEqualTo(8);
            assertThat(drawn).as("heatmap states drawn while it learned").isGreaterThanOrEqualTo(20);
            assertThat(browser.driver().findElement(By.cssSelector(".loss-chart .solve-mark")).getDomAttribute("visibility"))
                    .isEqualTo("visible");
            assertThat(browser.driver().findElement(By.cssSelector("#progress .progress-solved")).isDisplayed()).isTrue();
            browser.fullScreenshot("first-time-counting-run");
        }
    }

    @Test
    void ownDataFromSumsTrainsAtTheChosenPaceFinishesWithoutASolveAndCompletesASum() {
        try (Browser browser = Browser.open(port, temp)) {
            browser.go("/");
            WebElement form = browser.waitFor(By.id("custom-form"));
            form.findElement(By.name("file")).sendKeys(Path.of("datasets", "sums", "train.txt").toAbsolutePath().toString());
            form.findElement(By.name("maxSteps")).sendKeys("40");
            form.findElement(By.name("hiddenSize")).sendKeys("32");
            new Select(form.findElement(By.name("stepsPerSecond"))).selectByVisibleText("watch: 10 steps/s");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            browser.until(d -> d.getCurrentUrl().contains("/runs/"));
            browser.until(d -> text(browser, "#run-config").endsWith("10 steps/s"));
            String status = browser.until(d -> {
                String s = text(browser, "#run-status");
                return s.startsWith("finished") ? s : null;
            });
            assertThat(status).isEqualTo("finished after 40 steps").doesNotContain("solv");
            assertThat(browser.driver().findElement(By.id("run-status")).getCssValue("color"))
                    .as("not the green of a solve").isNotEqualTo("rgba(27, 94, 32, 1)");
            String runId = browser.path().replaceAll(".*/runs/", "");
            long elapsed = new Http(port).get("/api/runs/" + runId).json().get("elapsedMs").asLong();
            assertThat(elapsed).as("40 steps at 10 steps/s take 4 s").isGreaterThanOrEqualTo(3_900);
            assertThat(text(browser, "#run-accuracy-label")).isEqualTo("Accuracy");
            browser.driver().findElement(By.cssSelector(".run-help summary")).click();
            assertThat(text(browser, "#run-accuracy-help")).contains("held-back validation lines");
            assertThat(text(browser, ".run-help")).contains("nats per character");

            WebElement input = browser.waitFor(By.cssSelector(".seqbox-input"));
            assertThat(input.getDomAttribute("placeholder")).matches("type a sequence, e\\.g\\. \\d+\\+\\d+=\\d+");
            input.sendKeys("12+34=");
            browser.driver().findElement(By.cssSelector(".seqbox-complete")).click();
            browser.until(d -> d.findElements(By.cssSelector(".seqbox-prefix[aria-pressed=true]")).size() == 1);
            String whole = browser.script("return window.lstmExplorer.getState().sel");
            assertThat(whole).startsWith("12+34=");
            assertNothingJudgedFrom(browser, 5);
            browser.fullScreenshot("first-time-sums-run");
        }
    }

    @Test
    void aSavedNetworkCompletesAPrefixGreedilyAndSampledAndTheLinkKeepsIt() {
        String snapshot = new Http(port).snapshotOf("{\"task\":\"counting\",\"seed\":1}");
        String link;
        String sampled;
        try (Browser browser = Browser.open(port, temp)) {
            browser.go("/s/" + snapshot);
            ExplorerPage page = new ExplorerPage(browser).waitForStrips("aXb");
            assertThat(page.read().selectedStrip()).as("it opens on the longest sequence").isEqualTo("aaaaaaaaaaXbbbbbbbbbb");

            // A whole line ends after its last character: "aaaaX" is judged wrong there; as a prefix it is not.
            page.addSequence("aaaaX");
            page.selectStrip("aaaaX");
            browser.until(d -> d.findElements(By.cssSelector(".prediction")).size() == 5);
            assertThat(browser.driver().findElements(By.cssSelector(".prediction")).get(4).getDomAttribute("class"))
                    .as("after the X the line ends: the network's b is wrong").contains("wrong");
            prefixToggle(browser, "aaaaX").click();
            browser.until(d -> d.findElements(By.cssSelector(".prediction")).get(4).getDomAttribute("class").contains("open"));
            assertThat(page.query()).contains("prefix=5%3AaaaaX");

            // Greedy: the network writes the b's and ends the line; its characters are drawn apart.
            browser.driver().findElement(By.cssSelector(".seqbox-input")).sendKeys("aaaX");
            browser.driver().findElement(By.cssSelector(".seqbox-complete")).click();
            page.waitForStrips("aaaXbbb");
            assertThat(text(browser, ".seqbox-note")).contains("wrote \u201Cbbb\u201D", "ended the line");
            List<WebElement> generated = browser.driver().findElements(By.cssSelector(".strip.selected .ch.generated"));
            assertThat(generated).extracting(e -> e.getDomProperty("textContent")).containsExactly("b", "b", "b");
            assertThat(browser.driver().findElements(By.cssSelector(".x-labels text.generated"))).hasSize(3);
            assertNothingJudgedFrom(browser, 3);

            // Sampled at a temperature: a seed is reported, and the continuation is drawn apart the same way.
            new Select(browser.driver().findElement(By.name("complete-mode"))).selectByValue("sample");
            WebElement temperature = browser.driver().findElement(By.name("temperature"));
            temperature.clear();
            temperature.sendKeys("2");
            browser.driver().findElement(By.cssSelector(".seqbox-input")).sendKeys("aa");
            browser.driver().findElement(By.cssSelector(".seqbox-complete")).click();
            String note = browser.until(d -> {
                String s = text(browser, ".seqbox-note");
                return s.contains("after \u201Caa\u201D") ? s : null;
            });
            assertThat(note).contains("Sampled at temperature 2", "seed");
            sampled = browser.script("return window.lstmExplorer.getState().sel");
            assertThat(sampled).startsWith("aa");
            int sampledLength = sampled.length();
            browser.until(d -> d.findElements(By.cssSelector(".strip.selected .ch.generated")).size() == sampledLength - 2);
            link = browser.driver().getCurrentUrl();
            browser.fullScreenshot("first-time-completion");
        }
        try (Browser fresh = Browser.open(port, temp)) {
            fresh.driver().get(link);
            ExplorerPage page = new ExplorerPage(fresh).waitForStrips("aaaXbbb", "aaaaX");
            assertThat(page.stripTexts().subList(0, 3)).as("your sequences first").contains("aaaXbbb", "aaaaX");
            // Each prefix's continuation is asked for again (POST .../complete) as the page opens: wait for all of
            // them. The sample is drawn with a fresh seed, so it may come out as one of the other two (then two).
            int prefixes = new java.util.HashSet<>(List.of("aaaaX", "aaaXbbb", sampled)).size();
            fresh.until(d -> d.findElements(By.cssSelector(".seqbox-prefix[aria-pressed=true]")).size() == prefixes);
        }
    }

    @Test
    void everyRowOfA128NeuronHeatmapHasALabelToClickAndIsReachableByKeys() {
        String lines = String.join("\",\"", List.of("12+34=46", "5+5=10", "7+8=15", "20+22=42", "3+4=7", "9+9=18",
                "11+1=12", "40+2=42", "6+7=13", "8+1=9", "30+30=60", "2+2=4"));
        String snapshot = new Http(port).snapshotOf("{\"task\":\"custom\",\"hiddenSize\":128,\"maxSteps\":3,\"seed\":2,"
                + "\"sequences\":[\"" + lines + "\"]}");
        try (Browser browser = Browser.open(port, temp)) {
            browser.go("/s/" + snapshot);
            ExplorerPage page = new ExplorerPage(browser);
            page.awaitDrawn();
            List<WebElement> labels = browser.driver().findElements(By.cssSelector(".y-labels text"));
            // "#n", and once the analysis is in, what the neuron does ("#121 high on 6").
            List<String> texts = labels.stream().map(WebElement::getText).toList();
            assertThat(texts).hasSize(128);
            for (int n = 0; n < 128; n++) {
                assertThat(texts.get(n)).matches("#" + n + "( .+)?");
            }
            Number rowHeight = browser.script("const c = document.querySelector('.heatmap canvas');"
                    + " return c.getBoundingClientRect().height / 128;");
            assertThat(rowHeight.doubleValue()).as("rows a pointer can hit").isGreaterThanOrEqualTo(10);
            for (int n : new int[] {127, 77, 1, 64}) {
                WebElement label = browser.driver().findElement(By.cssSelector(".y-labels text[data-neuron='" + n + "']"));
                browser.script("arguments[0].scrollIntoView({block: 'center'})", label);
                label.click();
                int chosen = n;
                browser.until(d -> page.neuron() == chosen);
                assertThat(page.read().neuron()).isEqualTo(String.valueOf(n));
            }
            page.typeNeuron(999);
            browser.until(d -> page.neuron() == 127);
            assertThat(page.read().neuron()).as("the box shows the neuron it chose").isEqualTo("127");
            page.typeNeuron(0);
            browser.until(d -> page.neuron() == 0);
            WebElement body = browser.driver().findElement(By.tagName("body"));
            for (int n = 1; n < 128; n++) {
                body.sendKeys("j");
                int expected = n;
                browser.until(d -> page.neuron() == expected);
            }
            body.sendKeys("k");
            browser.until(d -> page.neuron() == 126);
            assertThat(text(browser, ".ex-lines")).contains("held-back lines of its data");
            browser.fullScreenshot("first-time-128-neurons");
        }
    }

    /** No prediction from step {@code from} on is marked wrong, and each of them is drawn as not judged. */
    private static void assertNothingJudgedFrom(Browser browser, int from) {
        List<Object> judged = browser.script("return Array.from(document.querySelectorAll('.prediction'),"
                + " (g) => g.classList.contains('open') ? 'open' : g.classList.contains('wrong') ? 'wrong' : 'right');");
        assertThat(judged.subList(from, judged.size())).as("predictions from the last typed character on").containsOnly("open");
    }

    private static WebElement prefixToggle(Browser browser, String text) {
        return browser.driver().findElements(By.cssSelector(".seqbox-list li")).stream()
                .filter(li -> li.findElement(By.cssSelector(".seqbox-pick")).getText().equals(text)).findFirst()
                .orElseThrow().findElement(By.cssSelector(".seqbox-prefix"));
    }
}
