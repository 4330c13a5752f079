package com.lstmexplorer.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven by Selenium through Debian's chromedriver, against the test
 * server on {@code port} (other locations through {@code LSTM_EXPLORER_CHROMIUM} and
 * {@code LSTM_EXPLORER_CHROMEDRIVER}). There is no fallback: a machine without them fails these tests, it never
 * skips them; the test command installs them first ({@code src/test/tools/test-tools.sh}).
 *
 * <pre>
 *   try (Browser browser = Browser.open(port, tempDir)) {
 *       browser.go("/");
 *       browser.waitFor(By.cssSelector(".card"));
 *       browser.screenshot("gallery");
 *   }
 * </pre>
 */
public final class Browser implements AutoCloseable {
    /** The 2-core CI machine may be busy: waits are generous, and never sleeps. */
    public static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final String CHROMIUM = System.getenv().getOrDefault("LSTM_EXPLORER_CHROMIUM", "/usr/bin/chromium");
    private static final String CHROMEDRIVER =
            System.getenv().getOrDefault("LSTM_EXPLORER_CHROMEDRIVER", "/usr/bin/chromedriver");
    /** Screenshots land here for a person to look at (target/ is not committed). */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final String base;

    private Browser(ChromeDriver driver, int port) {
        this.driver = driver;
        this.base = "http://localhost:" + port;
    }

    /** A fresh browser (its own empty profile under {@code profileParent}) at 1280×800. */
    public static Browser open(int port, Path profileParent) {
        return open(port, profileParent, 1280, 800);
    }

    public static Browser open(int port, Path profileParent, int width, int height) {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("browser tests need Debian's chromium and chromium-driver ("
                    + CHROMIUM + ", " + CHROMEDRIVER + "); install them: apt-get install chromium chromium-driver"
                    + " (./mvnw verify does it when run as root on Debian)");
        }
        Path profile;
        try {
            profile = Files.createTempDirectory(profileParent, "chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=" + width + "," + height);
        // Keep the page's console (errors, failed loads) for consoleErrors().
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        // A driver service of our own: the default one starts Selenium Manager, which tries the network.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        return new Browser(driver, port);
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * The path of the page shown, without its query: a network's page writes its view into the query as soon
     * as it has chosen one, so a test that waits for a page by its URL waits for its path.
     */
    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    /** The absolute URL of a path on the test server. */
    public String url(String path) {
        return base + path;
    }

    public void go(String path) {
        driver.get(url(path));
    }

    /**
     * The console's errors (script errors, failed resource loads such as a missing favicon) since the last
     * call, each as "level message".
     */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(entry -> entry.getLevel() + " " + entry.getMessage()).toList();
    }

    /** Waits (up to {@link #PATIENCE}) until an element matching {@code by} is visible. */
    public WebElement waitFor(By by) {
        return until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits until {@code condition} gives something other than null or false, and returns it. */
    public <T> T until(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE).until(condition);
    }

    /** The same with a patience of its own, for what takes longer than a page (e.g. training that learns on). */
    public <T> T until(Duration patience, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, patience).until(condition);
    }

    /** Runs a script in the page ({@code return ...} to get a value back). */
    @SuppressWarnings("unchecked")
    public <T> T script(String js, Object... args) {
        return (T) ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Saves a PNG of the viewport as target/screenshots/{name}.png and returns its path. */
    public Path screenshot(String name) {
        return save(name, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /** A PNG of the whole page (not only the viewport) as target/screenshots/{name}.png. */
    public Path fullScreenshot(String name) {
        // Beyond the viewport the vertical scrollbar goes away and the page is laid out at the window's
        // full width: clip to that, not to the narrower width the page had beside its scrollbar.
        List<Number> size = script("return [window.innerWidth, document.documentElement.scrollHeight];");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get(0), "height", size.get(1), "scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        return save(name, Base64.getDecoder().decode((String) shot.get("data")));
    }

    private static Path save(String name, byte[] png) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, png);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
