package com.lstmexplorer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.NetworkShape;
import com.lstmexplorer.model.task.SeedTasks;
import com.lstmexplorer.snapshots.SnapshotService;
import com.lstmexplorer.snapshots.format.SnapshotSource;
import com.lstmexplorer.testing.Http;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Share: set a view with the controls (layer, quantity, scale, neuron, a typed sequence, the selected sequence),
 * press Share, read the link from the box, open it in a fresh browser (a new, empty profile) and find the same view.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lstm-explorer.snapshots.seed-networks=false")
class ShareBrowserTest {
    private static final List<String> PROBES = List.of("aXb", "aaXbb", "aaaXbbb");
    /** Longer than any evaluation sequence (N = 1..10), so it is shown only because it was typed. */
    private static final String TYPED = "aaaaaaaaaaaaXbbbbbbbbbbbb";

    @LocalServerPort
    int port;
    @Autowired
    SnapshotService snapshots;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path temp;

    private long rows() {
        return jdbc.sql("SELECT COUNT(*) FROM snapshot").query(Long.class).single();
    }

    @Test
    void aSharedSnapshotLinkOpensTheSameViewInAFreshBrowser() {
        Network network = Network.create(SeedTasks.byId("counting").vocabulary(), NetworkShape.lstm(2, 6), 11);
        String id = snapshots.save(new SnapshotSource("counting", "Share test", network, null, null, PROBES), null).id();

        ExplorerPage.View view;
        String link;
        String pixels;
        try (Browser first = Browser.open(port, temp)) {
            first.go("/s/" + id);
            ExplorerPage page = new ExplorerPage(first).waitForStrips(PROBES.toArray(String[]::new));
            page.chooseLayer(1);
            page.chooseQuantity("forget");
            page.chooseScale("global");
            page.typeNeuron(3);
            page.nextNeuron();
            page.addSequence(TYPED);
            page.waitForStrips(TYPED);
            page.selectStrip(TYPED);
            view = page.read();
            // Opened without view state, the page also shows the sequence its analysis picks (a counting case
            // along which the top-ranked neuron moves most) when the snapshot's own sequences lack it: one more strip.
            assertThat(view).isEqualTo(new ExplorerPage.View("1", "forget", "4", "global",
                    "Neuron #4 · forget gate · " + view.strips().size() + " sequences", view.heatmapTitle(), TYPED,
                    view.strips()));
            assertThat(view.heatmapTitle()).contains(TYPED);
            assertThat(view.strips()).as("your sequence first").startsWith(TYPED, "aXb", "aaXbb", "aaaXbbb")
                    .hasSizeBetween(4, 5);
            assertThat(page.query()).contains("layer=1", "neuron=4", "quantity=forget", "scale=global",
                    "seq=" + TYPED, "sel=" + TYPED);

            link = share(first);
            assertThat(link).isEqualTo(first.url("/s/" + id + page.query()));
            pixels = page.heatmapPixels();
            first.screenshot("share-snapshot-1280x800");
        }
        try (Browser fresh = Browser.open(port, temp)) {
            fresh.driver().get(link);
            ExplorerPage page = new ExplorerPage(fresh).waitForStrips(TYPED);
            assertThat(page.read()).isEqualTo(view);
            assertThat(page.heatmapPixels()).as("the same heatmap, pixel for pixel").isEqualTo(pixels);
            assertThat(fresh.driver().getCurrentUrl()).isEqualTo(link);
        }
    }

    @Test
    void sharingARunSavesItsNetworkAndTheLinkOpensTheSnapshotOnTheSameView() throws Exception {
        String run = new Http(port).finishedRun("{\"task\": \"counting\", \"hiddenSize\": 5, \"maxSteps\": 40, \"seed\": 4}");
        long before = rows();
        ExplorerPage.View view;
        String link;
        try (Browser first = Browser.open(port, temp, 390, 844)) {
            first.go("/runs/" + run);
            ExplorerPage page = new ExplorerPage(first).waitForStrips("aaXbb");
            page.chooseQuantity("output");
            page.typeNeuron(2);
            page.addSequence(TYPED);
            page.waitForStrips(TYPED);
            page.selectStrip("aaXbb"); // a sequence added in the box is selected at once: choose another
            view = page.read();
            assertThat(view.stripsTitle()).startsWith("Neuron #2 · output gate · ");
            assertThat(view.strips()).contains("aaXbb", TYPED);
            assertThat(view.selectedStrip()).isEqualTo("aaXbb");

            link = share(first);
            assertThat(URI.create(link).getPath()).startsWith("/s/");
            first.screenshot("share-run-390x844");
        }
        String id = URI.create(link).getPath().substring(3);
        assertThat(snapshots.find(id)).as("Share saved the run's network as snapshot " + id).isPresent();
        assertThat(rows()).isEqualTo(before + 1);
        try (Browser fresh = Browser.open(port, temp)) {
            fresh.driver().get(link);
            assertThat(new ExplorerPage(fresh).waitForStrips(TYPED).read()).isEqualTo(view);
        }
    }

    /** Presses Share and returns the link from the box; checks the clipboard holds it too. */
    static String share(Browser browser) {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Browser.grantPermissions", Map.of(
                "origin", browser.url(""), "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        browser.driver().findElement(By.cssSelector(".share-button")).click();
        WebElement box = browser.waitFor(By.cssSelector(".share-link"));
        browser.until(d -> d.findElement(By.cssSelector(".share-status")).getText().startsWith("Link copied"));
        String link = box.getDomProperty("value");
        assertThat(link).startsWith(browser.url("/s/"));
        String clipboard = browser.script("return navigator.clipboard.readText()");
        assertThat(clipboard).isEqualTo(link);
        return link;
    }
}
