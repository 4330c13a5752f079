package com.lstmexplorer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The gallery in a real browser: the four tasks are listed with their descriptions. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GalleryBrowserTest {
    @LocalServerPort
    int port;
    @TempDir
    Path temp;

    @Test
    void listsTheFourSeedTasks() {
        try (Browser browser = Browser.open(port, temp)) {
            browser.go("/");
            browser.waitFor(By.cssSelector("#tasks .card"));
            browser.until(d -> d.findElements(By.cssSelector("#tasks .card")).size() == 4);
            String text = browser.driver().findElement(By.id("tasks")).getText();
            assertThat(text).contains("Counting").containsIgnoringCase("copy");
            browser.screenshot("gallery");
        }
    }
}
