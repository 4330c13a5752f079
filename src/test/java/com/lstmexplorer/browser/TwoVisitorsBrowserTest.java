package com.lstmexplorer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.lstmexplorer.runs.RunService;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two people in two browsers (separate profiles, so separate cookies). A trains a network and saves it; B, with
 * the links, sees and explores both but gets no Stop, Delete or Publish, and finds A's network in the gallery
 * only while A publishes it. A deletes it, and B's link then says so. A page of another site cannot start a run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT) // with the seeds, as the gallery is
class TwoVisitorsBrowserTest {
    @LocalServerPort
    int port;
    @TempDir
    Path temp;
    @Autowired
    RunService runs;

    @AfterEach
    void stopEverything() {
        runs.list().forEach(run -> runs.stop(run.id()));
    }

    @Test
    void onlyTheOwnerStopsDeletesAndPublishesWhileTheLinkOpensItForAnyone() {
        try (Browser a = Browser.open(port, temp); Browser b = Browser.open(port, temp)) {
            a.go("/");
            a.until(d -> d.findElements(By.cssSelector("#train-form select[name=task] option")).size() == 4);
            WebElement learningRate = a.driver().findElement(By.name("learningRate"));
            learningRate.clear();
            learningRate.sendKeys("0.00005"); // learns too slowly to end before A stops it
            a.driver().findElement(By.cssSelector("#train-form button[type=submit]")).click();
            a.until(d -> a.path().matches("/runs/[A-Za-z0-9_-]+"));
            String runPath = a.path();
            String runId = runPath.substring(runPath.lastIndexOf('/') + 1);
            String runUrl = a.url(runPath);
            a.waitFor(By.id("stop-run"));
            assertThat(a.driver().findElement(By.id("delete-run")).isDisplayed()).isTrue();

            b.driver().get(runUrl);
            new ExplorerPage(b).awaitDrawn();
            assertThat(b.driver().findElement(By.id("run-status")).getText()).isNotBlank();
            assertThat(b.driver().findElement(By.id("stop-run")).isDisplayed()).as("B has no Stop").isFalse();
            assertThat(b.driver().findElement(By.id("delete-run")).isDisplayed()).as("B has no Delete").isFalse();
            assertThat(ids(b, "/api/runs")).as("B's own runs").isEmpty();
            assertThat(ids(a, "/api/runs")).containsExactly(runId);
            b.fullScreenshot("privacy-run-as-visitor");

            a.driver().findElement(By.id("stop-run")).click();
            a.until(d -> d.findElement(By.id("run-status")).getText().startsWith("stopped"));
            String snapshot = a.script("return fetch('/api/runs/" + runId + "/snapshot', {method: 'POST'})"
                    + ".then(r => r.json()).then(s => s.id);");
            String snapshotUrl = a.url("/s/" + snapshot);

            a.driver().get(snapshotUrl);
            WebElement toggle = a.waitFor(By.id("publish-toggle"));
            assertThat(toggle.isSelected()).as("unpublished by default").isFalse();
            a.fullScreenshot("privacy-snapshot-as-owner");
            assertThat(galleryCards(a, "my-snapshots")).contains(snapshot);
            assertThat(galleryCards(b, "my-snapshots")).doesNotContain(snapshot);
            assertThat(galleryCards(b, "snapshots")).doesNotContain(snapshot);

            b.driver().get(snapshotUrl);
            new ExplorerPage(b).awaitDrawn();
            assertThat(b.driver().findElement(By.id("owner-controls")).isDisplayed()).as("B cannot change it").isFalse();
            assertThat(b.driver().findElements(By.id("publish-toggle"))).isEmpty();

            a.driver().get(snapshotUrl);
            a.waitFor(By.id("publish-toggle")).click();
            a.until(d -> d.findElement(By.id("publish-note")).getText().contains("everyone"));
            assertThat(galleryCards(b, "snapshots")).as("published").contains(snapshot);
            b.fullScreenshot("privacy-gallery-as-visitor");
            assertThat(galleryCards(a, "my-snapshots")).contains(snapshot);
            a.fullScreenshot("privacy-gallery-as-owner");

            a.driver().get(snapshotUrl);
            a.waitFor(By.id("publish-toggle")).click();
            a.until(d -> d.findElement(By.id("publish-note")).getText().contains("Only you"));
            assertThat(galleryCards(b, "snapshots")).as("unpublished again").doesNotContain(snapshot);

            a.driver().get(snapshotUrl);
            a.waitFor(By.id("delete-snapshot"));
            a.driver().manage().window().setSize(new Dimension(390, 844));
            a.until(d -> (Long) a.script("return document.documentElement.scrollWidth - window.innerWidth") <= 0L);
            a.screenshot("privacy-snapshot-as-owner-phone");
            a.driver().manage().window().setSize(new Dimension(1280, 800));
            a.script("window.confirm = () => true;");
            a.driver().findElement(By.id("delete-snapshot")).click();
            a.until(d -> d.getCurrentUrl().equals(a.url("/")));
            b.driver().get(snapshotUrl);
            WebElement error = b.waitFor(By.id("snapshot-error"));
            assertThat(error.getText()).contains("deleted by its owner");
            b.screenshot("privacy-deleted-as-visitor");

            try (Browser phone = Browser.open(port, temp, 390, 844)) {
                phone.go("/");
                phone.waitFor(By.cssSelector("#tasks .card"));
                phone.fullScreenshot("privacy-gallery-phone");
            }
        }
    }

    @Test
    void aPageOfAnotherSiteCannotStartARunInAVisitorsBrowser() {
        try (Browser visitor = Browser.open(port, temp)) {
            // 127.0.0.1 is another site than localhost: the page below plays the part of a page elsewhere.
            visitor.driver().get("http://127.0.0.1:" + port + "/");
            int before = runs.list().size();
            Object status = visitor.script("const form = new FormData();"
                    + "form.append('file', new Blob(['aXb\\n'.repeat(20)], {type: 'text/plain'}), 'x.txt');"
                    + "return fetch('http://localhost:" + port + "/api/runs', {method: 'POST', body: form,"
                    + " mode: 'no-cors', credentials: 'include'}).then(() => 'sent', e => 'failed ' + e);");
            assertThat(status).isEqualTo("sent");
            assertThat(runs.list()).as("the cross-site POST started nothing").hasSize(before);
        }
    }

    private static List<String> ids(Browser browser, String path) {
        return browser.script("return fetch('" + path + "').then(r => r.json()).then(l => l.map(x => x.id));");
    }

    private static List<String> galleryCards(Browser browser, String box) {
        browser.go("/");
        browser.until(d -> d.findElements(By.cssSelector("#" + box + " .loading")).isEmpty());
        return browser.driver().findElements(By.cssSelector("#" + box + " [data-snapshot]")).stream()
                .map(card -> card.getDomAttribute("data-snapshot")).toList();
    }
}
