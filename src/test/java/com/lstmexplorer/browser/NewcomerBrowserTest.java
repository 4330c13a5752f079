package com.lstmexplorer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 11's first screen, played by a newcomer: from the home page, each seed network opens on its mechanism
 * with no further click: the analysis' top-ranked neuron selected in its quantity, its caption above the views,
 * and an informative sequence (the analysis' focus, never the shortest) in the heatmap, all in the first
 * 1280×800 screen. Screenshots of each first screen, at 1280×800 and at 390×844.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NewcomerBrowserTest {
    private static final String[] TASKS = {"counting", "selective-counting", "state-memory", "copy"};

    @LocalServerPort
    int port;
    @TempDir
    Path temp;

    @Test
    void eachSeedNetworkOpensOnItsMechanism() {
        try (Browser browser = Browser.open(port, temp)) {
            for (int card = 0; card < 4; card++) {
                ExplorerPage page = ExplorerPage.openSeed(browser, card);
                assertMechanismOnScreen(browser, page, TASKS[card]);
                browser.screenshot("first-screen-" + TASKS[card]);
            }
        }
    }

    @Test
    void onAPhoneTheCaptionComesFirst() {
        try (Browser browser = Browser.open(port, temp, 390, 844)) {
            for (int card = 0; card < 4; card++) {
                ExplorerPage page = ExplorerPage.openSeed(browser, card);
                Map<String, Object> analysis = page.analysis();
                browser.until(d -> page.neuron() == ((Number) ((Map<?, ?>) analysis.get("focus")).get("neuron")).intValue());
                assertThat(page.onFirstScreen("#caption")).isTrue();
                assertThat(page.fitsWidth()).isTrue();
                browser.screenshot("first-screen-phone-" + TASKS[card]);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void assertMechanismOnScreen(Browser browser, ExplorerPage page, String task) {
        Map<String, Object> analysis = page.analysis();
        Map<String, Object> top = ((List<Map<String, Object>>) analysis.get("neurons")).get(0);
        Map<String, Object> focus = (Map<String, Object>) analysis.get("focus");
        int neuron = ((Number) top.get("neuron")).intValue();
        int layer = ((Number) top.get("layer")).intValue();
        String sequence = (String) focus.get("sequence");
        browser.until(d -> page.neuron() == neuron && page.read().heatmapTitle().contains(sequence));

        Map<String, Object> state = page.state();
        assertThat(((Number) state.get("layer")).intValue()).as(task).isEqualTo(layer);
        assertThat(state.get("quantity")).as(task).isEqualTo(top.get("quantity"));
        assertThat(page.read().quantity()).as(task).isEqualTo(top.get("quantity"));
        String caption = page.caption();
        assertThat(caption).as(task).isEqualTo(((String) analysis.get("caption")).replace(" -> ", " \u2192 "));
        assertThat(caption).as(task).containsIgnoringCase("neuron " + neuron + "'s");
        assertThat(page.onFirstScreen("#caption")).as(task + ": caption on the first screen").isTrue();
        assertThat(page.onFirstScreen(".heatmap")).as(task + ": heatmap on the first screen").isTrue();
        assertThat(page.onFirstScreen(".heatmap .y-labels text.selected")).as(task + ": the neuron's row on the first screen").isTrue();
        // never the shortest sequence
        List<Number> lengths = browser.script("return window.lstmExplorer.data().sequences.map((s) => s.steps);");
        int shortest = lengths.stream().mapToInt(Number::intValue).min().orElseThrow();
        int longest = lengths.stream().mapToInt(Number::intValue).max().orElseThrow();
        Number steps = browser.script("const d = window.lstmExplorer.data();"
                + "return d.sequences.find((s) => s.text === arguments[0]).steps;", sequence);
        assertThat(steps.intValue()).as(task + ": " + sequence).isGreaterThan(shortest == longest ? shortest - 1 : shortest);
        assertThat(browser.driver().findElement(By.cssSelector(".np-row.selected .np-rank")).getText()).isEqualTo("1");
    }
}
