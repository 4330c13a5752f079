package com.lstmexplorer.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The explorer on a page (/s/{id} or /runs/{id}) as a person sees and uses it: its controls and titles, and what
 * it draws read back from the page (heatmap cells from the canvas's pixels, strip colours from the computed
 * styles, the tooltip's text). Tests assert on these, on what a person would see, and use
 * {@code window.lstmExplorer} only for the numbers behind them.
 */
final class ExplorerPage {
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
    private static final String STRIP_COLOURS = """
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

    ExplorerPage(Browser browser) {
        this.browser = browser;
    }

    /** What the page shows, read from the DOM. */
    record View(String layer, String quantity, String neuron, String scale, String stripsTitle, String heatmapTitle,
                String selectedStrip, List<String> strips) {
    }

    /** Waits until the explorer has drawn a strip for each of {@code sequences} (as drawn, e.g. "aXb"). */
    ExplorerPage waitForStrips(String... sequences) {
        browser.waitFor(By.cssSelector(".ex-body .strip"));
        browser.until(d -> stripTexts().containsAll(List.of(sequences)));
        return this;
    }

    /** Waits until the explorer shows strips and a drawn heatmap. */
    void awaitDrawn() {
        browser.until(d -> browser.script(HEATMAP) != null && !stripColours().isEmpty());
    }

    View read() {
        return new View(
                find("select[name=layer]").getDomProperty("value"),
                find(".quantities button[aria-pressed=true]").getDomAttribute("data-quantity"),
                find("input[name=neuron]").getDomProperty("value"),
                find("select[name=scale]").getDomProperty("value"),
                find(".ex-strips .ex-title").getText(),
                find(".ex-focus .ex-title").getText(),
                find(".strip.selected").getDomProperty("textContent"),
                stripTexts());
    }

    /** The strips' sequences as drawn (textContent: a strip's characters are flex items, so its innerText has line breaks). */
    List<String> stripTexts() {
        return browser.driver().findElements(By.cssSelector(".ex-body .strip")).stream()
                .map(s -> s.getDomProperty("textContent")).toList();
    }

    /** Each strip's character colours, one string a strip. */
    List<String> stripColours() {
        List<String> rows = browser.script(STRIP_COLOURS);
        return rows == null ? List.of() : rows;
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

    /** The heatmap exactly as drawn (its canvas as a PNG data URL). */
    String heatmapPixels() {
        return browser.script("return document.querySelector('.heatmap canvas').toDataURL()");
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> state() {
        return browser.script("return window.lstmExplorer.getState();");
    }

    int neuron() {
        return ((Number) state().get("neuron")).intValue();
    }

    /** The view's part of the query string, as the page's own URL has it now. */
    String query() {
        return browser.script("return window.location.search");
    }

    void chooseLayer(int layer) {
        new Select(find("select[name=layer]")).selectByValue(String.valueOf(layer));
    }

    void chooseScale(String mode) {
        new Select(find("select[name=scale]")).selectByValue(mode);
    }

    void chooseQuantity(String quantity) {
        find(".quantities button[data-quantity=" + quantity + "]").click();
    }

    /** Types a neuron number into the neuron box, as a person would (change fires on leaving the box). */
    void typeNeuron(int neuron) {
        WebElement box = find("input[name=neuron]");
        box.clear();
        box.sendKeys(String.valueOf(neuron), "\t");
    }

    void nextNeuron() {
        find(".neuron button.next").click();
    }

    /** Types a sequence into the "Your own sequences" box and keeps it with Enter, as a person would. */
    void addSequence(String sequence) {
        WebElement input = find(".seqbox-input");
        input.sendKeys(sequence);
        input.sendKeys("\n");
        browser.until(d -> find(".seqbox-list").getText().contains(sequence));
    }

    /** Clicks the strip whose text is {@code glyphs} (the sequence as drawn), making it the selected sequence. */
    void selectStrip(String glyphs) {
        browser.until(d -> d.findElements(By.cssSelector(".strip")).stream()
                .filter(s -> glyphs.equals(s.getDomProperty("textContent"))).findFirst().orElse(null)).click();
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

    // --- the analysis: caption, "What the neurons do" panel, intervention bar, labels, charts ---

    /** The gallery's four "Explore the network" links, once the seed networks are trained (at start-up). */
    static List<WebElement> exploreLinks(Browser browser) {
        browser.go("/");
        // The seed networks are trained in the background at start-up and learn on until converged (a few
        // CPU-seconds for the four), so a busy machine gets more than a page's patience.
        return browser.until(Duration.ofSeconds(120), d -> {
            List<WebElement> links = d.findElements(By.cssSelector("#tasks .card a.explore"));
            return links.size() == 4 ? links : null;
        });
    }

    /** Opens the seed network of gallery card {@code card} as a newcomer would, and waits until it is drawn. */
    static ExplorerPage openSeed(Browser browser, int card) {
        exploreLinks(browser).get(card).click();
        ExplorerPage page = new ExplorerPage(browser);
        page.awaitDrawn();
        return page;
    }

    /** The analysis the page got (GET .../analysis), once it has it. */
    @SuppressWarnings("unchecked")
    Map<String, Object> analysis() {
        return browser.until(d -> (Map<String, Object>) browser.script("return window.lstmExplorer.analysis();"));
    }

    /** Waits until the panel lists the ranking, and returns its lines as a person reads them. */
    List<PanelRow> panelRows() {
        browser.waitFor(By.cssSelector(".np-row"));
        return browser.driver().findElements(By.cssSelector(".np-row")).stream().map(row -> new PanelRow(
                Integer.parseInt(row.findElement(By.cssSelector(".np-rank")).getText()),
                Integer.parseInt(row.getDomAttribute("data-layer")), Integer.parseInt(row.getDomAttribute("data-neuron")),
                row.findElement(By.cssSelector(".np-name")).getText(), row.findElement(By.cssSelector(".np-label")).getText(),
                row.findElement(By.cssSelector(".np-r")).getText(), row.findElement(By.cssSelector(".np-acc")).getText(),
                row.getDomAttribute("class").contains("selected"))).toList();
    }

    /** A line of the panel: rank, neuron, its label, "r = −0.98", "→ 10%" (accuracy without it). */
    record PanelRow(int rank, int layer, int neuron, String name, String label, String r, String ablated, boolean selected) {
    }

    WebElement panelRow(int layer, int neuron) {
        return find(".np-row[data-layer='" + layer + "'][data-neuron='" + neuron + "']");
    }

    /** Ticks (or unticks) the panel's ablate box of a neuron. */
    void toggleAblate(int layer, int neuron) {
        WebElement box = panelRow(layer, neuron).findElement(By.cssSelector(".np-ablate input"));
        browser.script("arguments[0].scrollIntoView({ block: 'center' });", box);
        box.click();
    }

    /** The intervention bar's status once it says {@code expected} ("accuracy 10% (intact 100%)"). */
    String interventionStatusContaining(String expected) {
        return browser.until(d -> {
            String text = find(".iv-status").getText();
            return find(".iv").isDisplayed() && text.contains(expected) ? text : null;
        });
    }

    /** The heatmap's label of neuron {@code n}'s row (its whole text when cut). */
    String rowLabel(int n) {
        return browser.script("const t = document.querySelector(`.heatmap .y-labels text[data-neuron='${arguments[0]}']`);"
                + "return t && (t.querySelector('title')?.textContent ?? t.textContent);", n);
    }

    String caption() {
        return browser.waitFor(By.cssSelector("#caption .caption-text")).getText();
    }

    /** True when the element's top is inside the window: on the first screen, without scrolling. */
    boolean onFirstScreen(String css) {
        // Its top edge in whole CSS pixels: scrolled to its start, an element's top can land a fraction of a
        // pixel above 0 (Chromium 156 puts #caption at -0.11 px on a 390 px phone), and is still fully shown.
        Boolean seen = browser.script("const r = document.querySelector(arguments[0]).getBoundingClientRect();"
                + "return r.height > 0 && Math.round(r.top) >= 0 && r.top < window.innerHeight;", css);
        return seen;
    }

    WebElement find(String css) {
        return browser.driver().findElement(By.cssSelector(css));
    }

    private Actions pointer() {
        return new Actions(browser.driver());
    }
}
