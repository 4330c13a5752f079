package com.lstmexplorer.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.NetworkShape;
import com.lstmexplorer.model.task.SeedTasks;
import com.lstmexplorer.snapshots.SnapshotService;
import com.lstmexplorer.snapshots.format.SnapshotSource;
import com.lstmexplorer.testing.Http;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;

/**
 * The Download buttons of /s/{id} save real files (the browser's own downloads, into a directory of the test):
 * the snapshot JSON, the traces of exactly the sequences shown (the typed one included) as CSV and JSON, and the
 * heatmap as PNG and SVG with the same cells. And the gallery's import: a bad file gets its problem named.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lstm-explorer.snapshots.seed-networks=false")
class ExportBrowserTest {
    private static final String TYPED = "aaaaaaaaaaaaXbbbbbbbbbbbb";
    private static final int HIDDEN = 5;

    @LocalServerPort
    int port;
    @Autowired
    SnapshotService snapshots;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path temp;

    @Test
    void theDownloadsHoldTheNetworkTheTracesShownAndTheHeatmap() throws Exception {
        Network network = Network.create(SeedTasks.byId("counting").vocabulary(), NetworkShape.lstm(1, HIDDEN), 5);
        String id = snapshots.save(new SnapshotSource("counting", null, network, null, null,
                List.of("aXb", "aaXbb")), null).id();
        Path downloads = Files.createDirectories(temp.resolve("downloads"));
        try (Browser browser = Browser.open(port, temp)) {
            ((ChromeDriver) browser.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
            browser.go("/s/" + id + "?quantity=hidden&neuron=2&seq=" + TYPED + "&sel=" + TYPED);
            new ExplorerPage(browser).waitForStrips("aXb", "aaXbb", TYPED);
            List<String> shown = browser.script("return window.lstmExplorer.data().sequences.map(s => s.text)");
            assertThat(shown).containsExactly("aXb", "aaXbb", TYPED);

            byte[] snapshot = download(browser, downloads, "snapshot", "lstm-snapshot-" + id + ".json");
            assertThat(snapshot).isEqualTo(new Http(port).get("/api/snapshots/" + id).body());

            String query = shown.stream().map(s -> "seq=" + URLEncoder.encode(s, StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            byte[] csv = download(browser, downloads, "traces-csv", "traces-" + id + ".csv");
            assertThat(csv).isEqualTo(new Http(port).get("/api/snapshots/" + id + "/traces.csv?" + query).body());
            assertThat(new String(csv, StandardCharsets.UTF_8)).contains("," + TYPED + ",");

            JsonNode traces = Http.JSON.readTree(download(browser, downloads, "traces-json", "traces-" + id + ".json"));
            assertThat(traces.get("traces").valueStream().map(t -> t.get("sequence").asString()).toList())
                    .isEqualTo(shown);

            String name = "heatmap-" + id + "-layer0-hidden-neuron2";
            Element svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(download(browser, downloads, "heatmap-svg", name + ".svg")))
                    .getDocumentElement();
            BufferedImage png = ImageIO.read(new ByteArrayInputStream(download(browser, downloads, "heatmap-png", name + ".png")));
            assertSameCells(svg, png, TYPED.length() * HIDDEN);
            assertThat(browser.driver().findElement(By.cssSelector(".share-status")).getText())
                    .startsWith("Downloaded " + name + ".png (");
        }
    }

    private long rows() {
        return jdbc.sql("SELECT COUNT(*) FROM snapshot").query(Long.class).single();
    }

    @Test
    void importingABadFileNamesTheProblemAndStoresNothingAndAGoodFileOpensTheNetwork() throws Exception {
        Network network = Network.create(SeedTasks.byId("counting").vocabulary(), NetworkShape.lstm(1, 3), 8);
        String id = snapshots.save(new SnapshotSource("counting", "Imported", network, null, null, null), null).id();
        String exported = new String(new Http(port).get("/api/snapshots/" + id).body(), StandardCharsets.UTF_8);
        jdbc.sql("DELETE FROM snapshot WHERE id = ?").param(id).update();
        long before = rows();
        assertThat(exported).contains("\"formatVersion\":1,");
        Path notJson = Files.writeString(temp.resolve("notes.json"), "{\"formatVersion\": 1,\n  oops");
        Path future = Files.writeString(temp.resolve("future.json"), exported.replace("\"formatVersion\":1,", "\"formatVersion\":99,"));
        Path good = Files.writeString(temp.resolve("network.json"), exported);

        try (Browser browser = Browser.open(port, temp)) {
            browser.go("/");
            browser.waitFor(By.cssSelector("label[for=import-file]"));
            assertThat(importFile(browser, notJson)).startsWith("Could not import \u201Cnotes.json\u201D: the body is not valid JSON at line 2");
            assertThat(importFile(browser, future)).isEqualTo("Could not import \u201Cfuture.json\u201D: unknown formatVersion 99; "
                    + "this server reads version 1");
            browser.script("document.getElementById('import-error').scrollIntoView({ block: 'center' })");
            browser.screenshot("import-error-1280x800");
            assertThat(rows()).as("a refused file stores nothing").isEqualTo(before);

            browser.driver().findElement(By.id("import-file")).sendKeys(good.toAbsolutePath().toString());
            browser.until(d -> browser.path().equals("/s/" + id));
            browser.until(d -> d.findElement(By.id("snapshot-title")).getText().equals("Imported"));
            assertThat(new Http(port).get("/api/snapshots/" + id).body()).isEqualTo(exported.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Chooses {@code file} in the gallery's import button and returns the error the page shows. */
    private static String importFile(Browser browser, Path file) {
        browser.script("document.getElementById('import-error').hidden = true");
        browser.driver().findElement(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
        return browser.waitFor(By.id("import-error")).getText();
    }

    /** The SVG has one 16-px cell per step and neuron, and the PNG (drawn at twice the size) the same colours. */
    private static void assertSameCells(Element svg, BufferedImage png, int expectedCells) {
        assertThat(svg.getTagName()).isEqualTo("svg");
        assertThat(png.getWidth()).isEqualTo(2 * Integer.parseInt(svg.getAttribute("width")));
        assertThat(png.getHeight()).isEqualTo(2 * Integer.parseInt(svg.getAttribute("height")));
        NodeList rects = svg.getElementsByTagName("rect");
        int cells = 0;
        for (int k = 0; k < rects.getLength(); k++) {
            Element rect = (Element) rects.item(k);
            if (!rect.getAttribute("width").equals("16")) {
                continue;
            }
            cells++;
            double x = Double.parseDouble(rect.getAttribute("x")) + 8;
            double y = Double.parseDouble(rect.getAttribute("y")) + Double.parseDouble(rect.getAttribute("height")) / 2;
            int rgb = png.getRGB((int) (2 * x), (int) (2 * y)) & 0xffffff;
            assertThat(String.format("rgb(%d,%d,%d)", rgb >> 16, (rgb >> 8) & 255, rgb & 255))
                    .as("cell at %s,%s", x, y).isEqualTo(rect.getAttribute("fill"));
        }
        assertThat(cells).isEqualTo(expectedCells);
    }

    /** Clicks a Download button and returns the bytes of the file the browser saved as {@code filename}. */
    private static byte[] download(Browser browser, Path downloads, String button, String filename) throws Exception {
        browser.driver().findElement(By.cssSelector("[data-download=" + button + "]")).click();
        Path file = downloads.resolve(filename);
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(file)
                && !Files.exists(downloads.resolve(filename + ".crdownload")) && Files.size(file) > 0);
        return Files.readAllBytes(file);
    }
}
