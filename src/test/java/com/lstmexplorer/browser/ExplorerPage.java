package com.lstmexplorer.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The explorer on a page (/s/{id} or /runs/{id}) as a person sees and uses it: its controls and titles. */
final class ExplorerPage {
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
        browser.until(d -> strips().containsAll(List.of(sequences)));
        return this;
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
                strips());
    }

    /** The strips' sequences as drawn (textContent: a strip's characters are flex items, so its innerText has line breaks). */
    List<String> strips() {
        return browser.driver().findElements(By.cssSelector(".ex-body .strip")).stream()
                .map(s -> s.getDomProperty("textContent")).toList();
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

    /** The view's part of the query string, as the page's own URL has it now. */
    String query() {
        return browser.script("return window.location.search");
    }

    /** The heatmap exactly as drawn (its canvas as a PNG data URL). */
    String heatmapPixels() {
        return browser.script("return document.querySelector('.heatmap canvas').toDataURL()");
    }

    WebElement find(String css) {
        return browser.driver().findElement(By.cssSelector(css));
    }
}
