package com.lstmexplorer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.lstmexplorer.testing.Http;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The probe box of the explorer pages in a real browser: typed and uploaded sequences are traced and
 * shown, removed, kept in the URL; bad input shows a message next to the box and changes nothing; user
 * text is never markup.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lstm-explorer.snapshots.seed-networks=false")
class SequenceBoxBrowserTest {
    static final String XSS = "<img src=x onerror=alert(1)>";
    /** As the explorer draws it: spaces as visible ␣. */
    static final String XSS_SHOWN = XSS.replace(' ', '\u2423');

    @LocalServerPort
    int port;
    @TempDir
    Path temp;
    Http api;
    String counting;

    @BeforeEach
    void aCountingSnapshot() {
        api = new Http(port);
        counting = api.snapshotOf("{\"task\":\"counting\",\"maxSteps\":30,\"seed\":1}");
    }

    @Test
    void aTypedSequenceIsTracedAtOnceKeptInTheUrlAndRemovable() {
        try (Browser browser = Browser.open(port, temp)) {
            browser.go("/s/" + counting);
            browser.waitFor(By.cssSelector(".strip"));
            int probes = strips(browser).size();

            double shownAfterMs = typeAndTimeUntilShown(browser, "aaaXbbbbbbb");
            assertThat(strips(browser)).contains("aaaXbbbbbbb").hasSize(probes + 1);
            assertThat(browser.driver().getCurrentUrl()).contains("seq=aaaXbbbbbbb");
            assertThat(browser.driver().findElement(By.cssSelector(".seqbox-list")).getText()).contains("aaaXbbbbbbb");
            String hundred = "a".repeat(50) + "X" + "b".repeat(49);
            double hundredShownMs = typeAndTimeUntilShown(browser, hundred);
            System.out.printf("probe box: 100-character sequence, server round trip %s ms; keystroke to strip"
                    + " shown %.0f ms (of which %s ms debounce); 11 characters: %.0f ms%n",
                    browser.driver().findElement(By.cssSelector(".seqbox")).getDomAttribute("data-round-trip-ms"),
                    hundredShownMs, browser.driver().findElement(By.cssSelector(".seqbox")).getDomAttribute("data-debounce-ms"),
                    shownAfterMs);
            assertThat(strips(browser)).as("the draft replaced itself").doesNotContain("aaaXbbbbbbb").contains(hundred);
            browser.screenshot("seqbox-typed");

            browser.driver().findElement(By.cssSelector(".seqbox-input")).sendKeys("\n");
            browser.until(d -> d.findElement(By.cssSelector(".seqbox-input")).getDomProperty("value").isEmpty());
            browser.driver().navigate().refresh();
            browser.until(d -> strips(browser).contains(hundred));
            assertThat(browser.driver().findElement(By.cssSelector(".seqbox-list")).getText()).contains(hundred);

            browser.driver().findElement(By.cssSelector(".seqbox-remove")).click();
            browser.until(d -> !strips(browser).contains(hundred));
            assertThat(browser.driver().getCurrentUrl()).doesNotContain("seq=");
            assertThat(strips(browser)).hasSize(probes);
        }
    }

    @Test
    void typingPastASequenceAlreadyListedKeepsIt() {
        try (Browser browser = Browser.open(port, temp)) {
            browser.go("/s/" + counting + "?seq=aaXbbbb");
            browser.until(d -> strips(browser).contains("aaXbbbb"));
            WebElement input = browser.driver().findElement(By.cssSelector(".seqbox-input"));
            input.sendKeys("aaXbbbb");
            browser.until(d -> d.getCurrentUrl().contains("sel=aaXbbbb"));
            input.sendKeys("b");
            browser.until(d -> strips(browser).contains("aaXbbbbb"));
            assertThat(strips(browser)).contains("aaXbbbb");
            assertThat(browser.driver().findElement(By.cssSelector(".seqbox-list")).getText())
                    .contains("aaXbbbb", "aaXbbbbb");
        }
    }

    @Test
    void aCharacterOutsideTheVocabularyIsNamedNextToTheBoxAndChangesNothing() {
        try (Browser browser = Browser.open(port, temp)) {
            browser.go("/s/" + counting + "?seq=aaXbb");
            browser.until(d -> strips(browser).contains("aaXbb"));
            List<String> before = strips(browser);
            String url = browser.driver().getCurrentUrl();

            browser.driver().findElement(By.cssSelector(".seqbox-input")).sendKeys("aaqXb");
            WebElement error = browser.waitFor(By.cssSelector(".seqbox-error"));
            assertThat(error.getText()).contains("aaqXb", "'q'", "column 3", "vocabulary");
            assertThat(strips(browser)).isEqualTo(before);
            assertThat(browser.driver().getCurrentUrl()).isEqualTo(url);
            browser.screenshot("seqbox-error");
        }
    }

    @Test
    void anUploadedFileAddsItsSequencesAndABadFileOnlyShowsWhy() throws Exception {
        Path good = Files.writeString(temp.resolve("mine.txt"), "\uFEFFaXb\r\naaaXbbb\r\n\r\naaaaXbbbbbbbb\r\n",
                StandardCharsets.UTF_8);
        Path latin1 = Files.write(temp.resolve("latin1.txt"), "aXb\naaXb\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        try (Browser browser = Browser.open(port, temp)) {
            browser.go("/s/" + counting);
            browser.waitFor(By.cssSelector(".strip"));
            browser.driver().findElement(By.cssSelector(".seqbox-file")).sendKeys(good.toAbsolutePath().toString());
            browser.until(d -> strips(browser).containsAll(List.of("aXb", "aaaXbbb", "aaaaXbbbbbbbb")));
            assertThat(browser.driver().findElement(By.cssSelector(".seqbox-note")).getText()).contains("mine.txt");
            assertThat(browser.driver().getCurrentUrl()).contains("seq=aaaaXbbbbbbbb");
            browser.screenshot("seqbox-uploaded");
            List<String> before = strips(browser);
            String url = browser.driver().getCurrentUrl();

            browser.driver().findElement(By.cssSelector(".seqbox-file")).sendKeys(latin1.toAbsolutePath().toString());
            WebElement error = browser.waitFor(By.cssSelector(".seqbox-error"));
            assertThat(error.getText()).contains("latin1.txt", "not UTF-8", "line 2");
            assertThat(strips(browser)).isEqualTo(before);
            assertThat(browser.driver().getCurrentUrl()).isEqualTo(url);
            browser.screenshot("seqbox-bad-file");
        }
    }

    @Test
    void markupInASequenceIsShownAsTextNeverRun() {
        String lines = String.join(",", java.util.Collections.nCopies(12, "\"" + XSS.replace("\"", "\\\"") + "\""));
        String custom = api.snapshotOf("{\"task\":\"custom\",\"maxSteps\":5,\"hiddenSize\":8,\"sequences\":[" + lines + "]}");
        try (Browser browser = Browser.open(port, temp)) {
            for (String page : List.of("/s/" + counting, "/s/" + custom)) {
                browser.go(page);
                browser.waitFor(By.cssSelector(".strip"));
                browser.script("window.__alerts = []; window.alert = (m) => window.__alerts.push(String(m));"
                        + "window.__images = 0; new MutationObserver((ms) => ms.forEach((m) => m.addedNodes.forEach((n) =>"
                        + " { if (n.nodeName === 'IMG' || (n.querySelector && n.querySelector('img'))) window.__images++; })))"
                        + ".observe(document, { subtree: true, childList: true });");
                browser.driver().findElement(By.cssSelector(".seqbox-input")).sendKeys(XSS);
                if (page.contains(counting)) {
                    WebElement error = browser.waitFor(By.cssSelector(".seqbox-error"));
                    assertThat(error.getText()).as("the error message path").contains(XSS, "'<'");
                } else {
                    // The custom network's probes are its training lines, so the strip may be there already.
                    browser.until(d -> d.findElement(By.cssSelector(".seqbox-list")).getText().contains(XSS_SHOWN));
                    browser.until(d -> strips(browser).contains(XSS_SHOWN));
                    assertThat(browser.driver().findElement(By.id("explorer")).getText()).contains(XSS_SHOWN);
                }
                assertThat((Long) browser.script("return window.__images")).as(page).isZero();
                assertThat((Long) browser.script("return document.querySelectorAll('img').length")).isZero();
                assertThat((List<?>) browser.script("return window.__alerts")).as(page).isEmpty();
            }
            browser.screenshot("seqbox-markup-as-text");
        }
    }

    @Test
    void theBoxFitsAPhone() {
        try (Browser browser = Browser.open(port, temp, 390, 844)) {
            browser.go("/s/" + counting + "?seq=aaaaaaaaXbbbbbbbbbbbb&seq=aXb");
            browser.until(d -> strips(browser).contains("aaaaaaaaXbbbbbbbbbbbb"));
            browser.driver().findElement(By.cssSelector(".seqbox-input")).sendKeys("aaq");
            browser.waitFor(By.cssSelector(".seqbox-error"));
            Long overflow = browser.script("return document.documentElement.scrollWidth - window.innerWidth");
            assertThat(overflow).as("no sideways scrolling").isLessThanOrEqualTo(0L);
            browser.screenshot("seqbox-phone");
        }
    }

    /** The text of every strip row, in order. */
    @SuppressWarnings("unchecked")
    static List<String> strips(Browser browser) {
        return (List<String>) browser.script("return [...document.querySelectorAll('.strip')].map((s) => s.textContent)");
    }

    /** Types {@code text} into the emptied box and measures, in the page, until its strip is drawn. */
    static double typeAndTimeUntilShown(Browser browser, String text) {
        WebElement input = browser.driver().findElement(By.cssSelector(".seqbox-input"));
        input.clear();
        Object ms = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const [text, done] = arguments; const box = document.querySelector('.seqbox-input');"
                        + "box.value = text; const t0 = performance.now(); box.dispatchEvent(new Event('input'));"
                        + "const poll = () => [...document.querySelectorAll('.strip')].some((s) => s.textContent === text)"
                        + " ? done(performance.now() - t0) : requestAnimationFrame(poll); poll();", text);
        return ((Number) ms).doubleValue();
    }
}
