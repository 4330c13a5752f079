package com.lstmexplorer.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 10's UI on the seed counting network, in a real browser: the "What the neurons do" panel (ranked,
 * labelled, a click selects), labels beside the heatmap rows and in the detail, the ablate toggle and clamp
 * (accuracy beside the intact one, strips and heatmap redrawn, failed cases marked), the URL round trip in a
 * fresh browser, the gate-saturation scatter, the sweep chart adding a case, and a 390 px phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnalysisPanelBrowserTest {
    @LocalServerPort
    int port;
    @TempDir
    Path temp;

    private static int number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).intValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        return (List<Map<String, Object>>) map.get(key);
    }

    @Test
    void thePanelRanksTheNeuronsWithLabelsAndRAndAClickSelectsOneEverywhere() {
        try (Browser browser = Browser.open(port, temp)) {
            ExplorerPage page = ExplorerPage.openSeed(browser, 0); // counting: 1 layer of 10
            Map<String, Object> analysis = page.analysis();
            List<Map<String, Object>> ranked = list(analysis, "neurons");
            List<ExplorerPage.PanelRow> rows = page.panelRows();
            assertThat(rows).hasSize(10);
            for (int k = 0; k < rows.size(); k++) {
                ExplorerPage.PanelRow row = rows.get(k);
                assertThat(row.rank()).isEqualTo(k + 1);
                assertThat(row.neuron()).isEqualTo(number(ranked.get(k), "neuron"));
                assertThat(row.label()).as("line " + k).isNotBlank();
                assertThat((String) ranked.get(k).get("label")).startsWith(row.label());
                assertThat(row.r()).matches("r = \u2212?[01]\\.\\d\\d");
                assertThat(row.ablated()).matches("\u2192 \\d+%");
            }
            assertThat(rows.get(0).selected()).as("the top-ranked neuron is the one shown").isTrue();

            ExplorerPage.PanelRow second = rows.get(1);
            page.panelRow(0, second.neuron()).findElement(By.cssSelector(".np-label")).click();
            browser.until(d -> page.neuron() == second.neuron());
            assertThat(page.query()).contains("neuron=" + second.neuron());
            assertThat(page.read().stripsTitle()).startsWith("Neuron #" + second.neuron());
            assertThat(page.panelRows().get(1).selected()).isTrue();
            // its label beside its heatmap row, and in the detail
            String latent = (String) ranked.get(1).get("latent");
            assertThat(page.rowLabel(second.neuron())).isEqualTo("#" + second.neuron() + " " + latent);
            assertThat(page.find(".ex-detail-label").getText()).startsWith(second.label().replace('-', '\u2212').substring(0, 10))
                    .contains("rank 2 of 10");
            browser.fullScreenshot("panel-counting");
        }
    }

    @Test
    void ablatingRedrawsUnderTheInterventionAndAClampHoldsTheTypedValue() {
        try (Browser browser = Browser.open(port, temp)) {
            ExplorerPage page = ExplorerPage.openSeed(browser, 0);
            Map<String, Object> top = list(page.analysis(), "neurons").get(0);
            int neuron = number(top, "neuron");
            String pixels = page.heatmapPixels();
            List<String> strips = page.stripColours();
            assertThat(browser.driver().findElements(By.cssSelector(".strip.failed"))).isEmpty();

            page.toggleAblate(0, neuron);
            int percent = (int) Math.round(((Number) top.get("ablatedAccuracy")).doubleValue() * 100);
            String status = page.interventionStatusContaining("accuracy " + percent + "% (intact 100%)");
            browser.until(d -> !page.heatmapPixels().equals(pixels));
            assertThat(page.query()).contains("ablate=0." + neuron);
            assertThat(page.stripColours()).as("the strips are the ablated network's").isNotEqualTo(strips);
            int failed = Integer.parseInt(status.replaceAll(".* (\\d+) cases? fails?$", "$1"));
            assertThat(browser.driver().findElements(By.cssSelector(".strip.failed"))).as(status).hasSize(failed);
            assertThat(browser.driver().findElements(By.cssSelector(".prediction.wrong"))).as("failed predictions marked").isNotEmpty();
            assertThat(page.rowLabel(neuron)).startsWith("\u2298 #" + neuron);
            assertThat(page.find(".iv-toggle").getText()).isEqualTo("Restore #" + neuron);
            browser.fullScreenshot("panel-ablated");

            new Select(page.find(".iv select[name=mode]")).selectByValue("clamp");
            WebElement value = page.find(".iv input[name=value]");
            value.sendKeys("3", "\t");
            browser.until(d -> page.query().contains("mode=clamp") && page.query().contains("value=3"));
            page.interventionStatusContaining("accuracy ");
            page.hoverCell(2, neuron);
            String tip = page.tooltipContaining("neuron #" + neuron + ", step 3");
            assertThat(ExplorerPage.valueIn(tip)).as("the clamped cell reads the typed value").isCloseTo(3.0, within(5e-4));

            page.find(".iv-clear").click();
            browser.until(d -> !page.find(".iv").isDisplayed());
            browser.until(d -> page.heatmapPixels().equals(pixels));
            assertThat(page.query()).doesNotContain("ablate");
        }
    }

    @Test
    void aCopiedLinkReopensTheAblationAndThePanelInAFreshBrowser() {
        String url;
        String status;
        String pixels;
        try (Browser browser = Browser.open(port, temp)) {
            ExplorerPage page = ExplorerPage.openSeed(browser, 1); // selective counting
            List<ExplorerPage.PanelRow> rows = page.panelRows();
            page.toggleAblate(0, rows.get(0).neuron());
            page.toggleAblate(0, rows.get(1).neuron());
            status = page.interventionStatusContaining("(intact 100%)");
            page.panelRow(0, rows.get(2).neuron()).findElement(By.cssSelector(".np-label")).click();
            browser.until(d -> page.neuron() == rows.get(2).neuron());
            browser.until(d -> page.interventionStatusContaining("(intact").equals(status));
            pixels = page.heatmapPixels();
            page.find(".np-toggle").click();
            browser.until(d -> page.query().contains("panel=closed"));
            url = browser.driver().getCurrentUrl();
        }
        try (Browser fresh = Browser.open(port, temp)) {
            fresh.driver().get(url);
            ExplorerPage page = new ExplorerPage(fresh);
            page.awaitDrawn();
            assertThat(page.interventionStatusContaining("(intact")).isEqualTo(status);
            fresh.until(d -> page.heatmapPixels().equals(pixels));
            assertThat(page.find(".np-body").isDisplayed()).as("the panel stays closed").isFalse();
            assertThat(fresh.driver().getCurrentUrl()).isEqualTo(url);
        }
    }

    @Test
    void theScatterHasOnePointPerNeuronAndGateAndASweepClickAddsItsCase() {
        try (Browser browser = Browser.open(port, temp)) {
            ExplorerPage page = ExplorerPage.openSeed(browser, 0);
            page.panelRows();
            List<Map<String, Object>> saturation = list(page.analysis(), "saturation");
            List<WebElement> points = browser.driver().findElements(By.cssSelector(".saturation circle.point"));
            assertThat(points).hasSize(saturation.size()).hasSize(10 * 3);
            for (String gate : List.of("input", "forget", "output")) {
                assertThat(browser.driver().findElements(By.cssSelector(".saturation circle.point[data-gate=" + gate + "]")))
                        .as(gate).hasSize(10);
            }
            WebElement point = browser.driver().findElement(By.cssSelector(".saturation circle.point[data-gate=forget][data-neuron='4']"));
            browser.script("arguments[0].dispatchEvent(new MouseEvent('click', { bubbles: true }));", point);
            browser.until(d -> page.neuron() == 4);

            String n12 = "a".repeat(12) + "X" + "b".repeat(12);
            WebElement length12 = browser.driver().findElement(By.cssSelector(".sweep-hit[data-length='12']"));
            browser.script("arguments[0].scrollIntoView({ block: 'center' });", length12);
            length12.click();
            page.waitForStrips(n12);
            browser.until(d -> page.read().heatmapTitle().contains(n12));
            assertThat(page.state().get("seq")).isEqualTo(List.of(n12));
        }
    }

    @Test
    void onAPhoneThePanelAndTheAblationFitTheWidth() {
        try (Browser browser = Browser.open(port, temp, 390, 844)) {
            ExplorerPage page = ExplorerPage.openSeed(browser, 1);
            page.toggleAblate(0, page.panelRows().get(0).neuron());
            page.interventionStatusContaining("(intact 100%)");
            assertThat(page.fitsWidth()).as("390 px, panel open and a neuron ablated").isTrue();
            browser.screenshot("panel-phone-ablated");
            browser.script("document.querySelector('.np').scrollIntoView();");
            browser.screenshot("panel-phone-panel");
        }
    }
}
