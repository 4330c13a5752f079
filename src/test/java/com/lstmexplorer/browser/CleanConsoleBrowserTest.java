package com.lstmexplorer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.lstmexplorer.testing.Http;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each page (the gallery, a live run, a saved network) loads in a real browser with nothing in its console
 * at error level: no script error and no failed load. Headless Chromium asks for no favicon, so the icon is
 * checked directly: each page links one that loads, and {@code /favicon.ico} is there for what asks for it
 * without a page (a desktop browser's tab did, and got a 404).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CleanConsoleBrowserTest {
    private static final String GET = """
            const request = new XMLHttpRequest();
            request.open('GET', arguments[0], false);
            request.send();
            return request.status + ' ' + request.getResponseHeader('Content-Type');""";

    @LocalServerPort
    int port;
    @TempDir
    Path temp;

    @Test
    void theGalleryARunAndASavedNetworkLoadWithoutConsoleErrors() {
        Http api = new Http(port);
        String snapshot = api.snapshotOf("{\"task\":\"counting\",\"hiddenSize\":5,\"maxSteps\":30,\"seed\":2}");
        String run = api.post("/api/runs", "{\"task\":\"counting\",\"maxSteps\":150,\"stepsPerSecond\":25,\"seed\":3}")
                .json().get("id").asString();
        try (Browser browser = Browser.open(port, temp)) {
            browser.go("/");
            browser.until(d -> d.findElements(By.cssSelector("#tasks .card")).size() == 4);
            assertCleanWithIcon(browser, "/");

            browser.go("/runs/" + run);
            new ExplorerPage(browser).awaitDrawn();
            browser.until(d -> d.findElement(By.id("run-status")).getText().matches("(?i).*(solved|finished).*"));
            assertCleanWithIcon(browser, "/runs/" + run);

            browser.go("/s/" + snapshot);
            new ExplorerPage(browser).awaitDrawn();
            assertCleanWithIcon(browser, "/s/" + snapshot);
            browser.screenshot("clean-console-snapshot");

            assertThat((String) browser.script(GET, "/favicon.ico")).isEqualTo("200 image/x-icon");
            // The console is really read: an error logged now shows up.
            browser.script("console.error('console probe');");
            assertThat(browser.consoleErrors()).anyMatch(line -> line.contains("console probe"));
        }
    }

    private static void assertCleanWithIcon(Browser browser, String page) {
        assertThat(browser.consoleErrors()).as("console errors on " + page).isEmpty();
        String icon = browser.script("return document.querySelector('link[rel=icon]')?.href ?? null;");
        assertThat(icon).as("the icon " + page + " links").isNotNull();
        assertThat((String) browser.script(GET, icon)).as(icon).isEqualTo("200 image/svg+xml");
    }
}
