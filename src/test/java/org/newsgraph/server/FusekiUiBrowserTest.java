package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.NewsStore;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens the Fuseki UI of a real server in headless Chromium (Debian's chromium + chromium-driver; nothing is
 * downloaded), runs a query on the query page of /news and reads the results table. Skipped where
 * /usr/bin/chromium is not installed; {@code .ci/run} installs it.
 */
class FusekiUiBrowserTest {
    static { JenaSystem.init(); }

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @Test
    void theUiRunsAQueryAndShowsTheResultsInATable(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        StringWriter err = new StringWriter();
        assertThat(Fixtures.run(err, "load", Fixtures.articles().toString(), "--store", dir.resolve("store").toString(),
                "--threads", "1")).as(err.toString()).isZero();

        try (NewsStore store = NewsStore.open(dir.resolve("store"))) {
            NewsServer server = NewsServer.create().store(store).port(0).build().start();
            WebDriver driver = null;
            try {
                driver = chrome(dir.resolve("chrome-profile"));
                driver.get(server.url() + "#/dataset/news/query");
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror")));
                ((JavascriptExecutor) driver).executeScript(
                        "document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0]);",
                        "PREFIX schema: <http://schema.org/>\n"
                                + "SELECT ?headline WHERE { ?article a schema:NewsArticle ; schema:headline ?headline } ORDER BY ?headline");
                WebElement run = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".yasqe_queryButton")));
                run.click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".yasr"), "Floods in Valencia"));
                String table = driver.findElement(By.cssSelector(".yasr table")).getText();
                assertThat(table).contains("headline").contains("ECB keeps rates unchanged")
                        .contains("Floods in Valencia").contains("Record harvest in Castile");
                screenshot(driver, Path.of("target", "fuseki-ui-query.png"));
            } catch (RuntimeException | AssertionError e) {
                if (driver != null) screenshot(driver, Path.of("target", "fuseki-ui-failure.png"));
                throw e;
            } finally {
                if (driver != null) driver.quit();
                server.stop();
            }
        }
    }

    private static WebDriver chrome(Path profile) throws Exception {
        Files.createDirectories(profile);
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static void screenshot(WebDriver driver, Path to) {
        try {
            Files.createDirectories(to.getParent());
            File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(png.toPath(), to, StandardCopyOption.REPLACE_EXISTING);
        } catch (Exception e) {
            System.err.println("screenshot failed: " + e);
        }
    }
}
