package com.lstmexplorer.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * What the explorer on the current page draws, read back from the page: heatmap cells from the
 * canvas's pixels, strip colours from the computed styles, the tooltip's text. Tests assert on these,
 * on what a person would see, and use {@code window.lstmExplorer} only for the numbers behind them.
 */
final class ExplorerView {
    /**
     * Every heatmap cell as {n, i, v, rgb}: neuron, step, the value behind it and the colour at the
     * cell's centre on the canvas; null until the heatmap has been drawn.
     */
    private static final String HEATMAP = """
            const ex = window.lstmExplorer, d = ex && ex.data(), st = ex && ex.getState();
            const canvas = document.querySelector('.heatmap canvas');
            if (!d || !canvas || canvas.width === 0 || document.querySelector('.ex-body').hidden) return null;
            const k = Math.max(0, d.sequences.findIndex((s) => s.text === st.sel));
            const seq = d.sequences[k];
            const img = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
            const cw = canvas.width / seq.steps, rh = canvas.height / d.hidden, cells = [];
            for (let n = 0; n < d.hidden; n++) for (let i = 0; i < seq.steps; i++) {
              const x = Math.floor((i + 0.5) * cw), y = Math.floor((n + 0.5) * rh), p = (y * canvas.width + x) * 4;
              cells.push({ n, i, v: seq.values[st.layer][st.quantity][i * d.hidden + n],
                rgb: [img[p], img[p + 1], img[p + 2]] });
            }
            return cells;""";

    /** The background colour of every character of every strip, row by row. */
    private static final String STRIPS = """
            return Array.from(document.querySelectorAll('.strip'),
              (row) => Array.from(row.querySelectorAll('.ch'), (c) => getComputedStyle(c).backgroundColor).join(' '));""";

    /** Viewport coordinates of the centre of heatmap cell (step, neuron), scrolled into view first. */
    private static final String CELL_CENTRE = """
            const [i, n] = arguments, d = window.lstmExplorer.data(), st = window.lstmExplorer.getState();
            const canvas = document.querySelector('.heatmap canvas');
            canvas.scrollIntoView({ block: 'center', inline: 'nearest' });
            const k = Math.max(0, d.sequences.findIndex((s) => s.text === st.sel));
            const r = canvas.getBoundingClientRect();
            return [r.left + (i + 0.5) * r.width / d.sequences[k].steps, r.top + (n + 0.5) * r.height / d.hidden];""";

    private final Browser browser;

    ExplorerView(Browser browser) {
        this.browser = browser;
    }

    /** Waits until the explorer shows strips and a drawn heatmap. */
    void awaitDrawn() {
        browser.until(d -> browser.script(HEATMAP) != null && !strips().isEmpty());
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> heatmap() {
        List<Map<String, Object>> cells = browser.script(HEATMAP);
        return cells == null ? List.of() : cells;
    }

    /** Only the colours of the heatmap, as drawn. */
    List<Object> heatmapColours() {
        return heatmap().stream().map(c -> c.get("rgb")).toList();
    }

    List<String> strips() {
        List<String> rows = browser.script(STRIPS);
        return rows == null ? List.of() : rows;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> state() {
        return browser.script("return window.lstmExplorer.getState();");
    }

    int neuron() {
        return ((Number) state().get("neuron")).intValue();
    }

    /** Moves the pointer onto heatmap cell (step, neuron). */
    void hoverCell(int step, int neuron) {
        List<Number> xy = browser.script(CELL_CENTRE, step, neuron);
        pointer().moveToLocation(xy.get(0).intValue(), xy.get(1).intValue()).perform();
    }

    void clickCell(int step, int neuron) {
        List<Number> xy = browser.script(CELL_CENTRE, step, neuron);
        pointer().moveToLocation(xy.get(0).intValue(), xy.get(1).intValue()).click().perform();
    }

    void hover(WebElement element) {
        browser.script("arguments[0].scrollIntoView({ block: 'center' });", element);
        pointer().moveToElement(element).perform();
    }

    /** The visible tooltip's text once it contains {@code expected}. */
    String tooltipContaining(String expected) {
        return browser.until(d -> {
            WebElement tip = d.findElement(By.cssSelector(".tooltip"));
            return tip.isDisplayed() && tip.getText().contains(expected) ? tip.getText() : null;
        });
    }

    /** The number after the last ": " of the tooltip's text, read as the page writes it (real minus). */
    static double valueIn(String tooltip) {
        String last = tooltip.substring(tooltip.lastIndexOf(": ") + 2).trim();
        return Double.parseDouble(last.replace('\u2212', '-'));
    }

    /** True when the page is no wider than the window (nothing sticks out sideways on a phone). */
    boolean fitsWidth() {
        Boolean fits = browser.script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth;");
        return fits;
    }

    /** A PNG of the whole page (not only the viewport) as target/screenshots/{name}.png. */
    Path fullScreenshot(String name) {
        ChromeDriver driver = (ChromeDriver) browser.driver();
        // Beyond the viewport the vertical scrollbar goes away and the page is laid out at the window's
        // full width: clip to that, not to the narrower width the page had beside its scrollbar.
        List<Number> size = browser.script("return [window.innerWidth, document.documentElement.scrollHeight];");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get(0), "height", size.get(1), "scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        try {
            Files.createDirectories(Browser.SCREENSHOTS);
            Path file = Browser.SCREENSHOTS.resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Actions pointer() {
        return new Actions(browser.driver());
    }
}
