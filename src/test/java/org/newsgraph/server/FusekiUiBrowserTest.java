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
import java.util.List;
import org.newsgraph.query.SavedQueryCatalog;
import org.newsgraph.store.NewsStore;
import org.newsgraph.web.WebSite;
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
 * Opens a real server in headless Chromium (Debian's chromium + chromium-driver; nothing is downloaded): the Fuseki
 * UI at /ui/ runs a query on /news and shows the results table; the newsgraph pages (home, an article, an entity
 * with its chart of mentions, a saved query's form filled in and submitted, its results table, and the link to the
 * SPARQL editor) are used as a reader would, on the example articles. Screenshots go to {@code target/*.png}.
 * Skipped where /usr/bin/chromium is not installed; {@code .ci/run} installs it.
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
                driver.get(server.uiUrl() + "#/dataset/news/query");
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

    @Test
    void theWebPagesShowTheExamplesAsAReaderSeesThem(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        StringWriter err = new StringWriter();
        assertThat(Fixtures.run(err, "load", "examples", "--store", dir.resolve("store").toString(), "--threads", "1"))
                .as(err.toString()).isZero();
        try (NewsStore store = NewsStore.open(dir.resolve("store"))) {
            NewsServer server = WebSite.mount(NewsServer.create().store(store).port(0), store.dataset(),
                    SavedQueryCatalog.fromDirectory(Path.of("queries")), null).build().start();
            WebDriver driver = null;
            try {
                driver = chrome(dir.resolve("chrome-profile"));
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));

                // Home: counts, newest articles, most mentioned people, search box.
                driver.get(server.url());
                assertThat(driver.findElement(By.cssSelector("ul.counts")).getText()).contains("articles").contains("people");
                List<WebElement> newest = driver.findElements(By.cssSelector("ol.articles li a"));
                assertThat(newest).isNotEmpty();
                assertThat(driver.findElements(By.cssSelector("ol.ranking li a.person"))).isNotEmpty();
                screenshot(driver, Path.of("target", "web-home.png"));

                // An article: the Lisbon example, its mentions linked.
                driver.findElement(By.partialLinkText("Lisbon Opens Metro Circle Line")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main.article h1")));
                assertThat(driver.findElement(By.cssSelector("main.article h1")).getText()).startsWith("Lisbon Opens Metro Circle Line");
                assertThat(driver.findElement(By.cssSelector("figure.image figcaption")).getText()).contains("Metro de Lisboa / EPA");
                assertThat(driver.findElements(By.cssSelector("article.body a.mention"))).as("mentions linked in the body").isNotEmpty();
                assertThat(driver.findElement(By.cssSelector(".quotes")).getText()).contains("a promise kept to every commuter");
                screenshot(driver, Path.of("target", "web-article.png"));

                // An entity: Carlos Moedas, from the article's quotation; the chart of mentions is drawn.
                driver.findElement(By.cssSelector(".quotes blockquote footer a")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main.entity h1")));
                assertThat(driver.findElement(By.cssSelector("main.entity h1")).getText()).isEqualTo("Carlos Moedas");
                List<WebElement> bars = driver.findElements(By.cssSelector("svg.mentions rect.bar"));
                assertThat(bars).isNotEmpty();
                assertThat(bars.get(bars.size() - 1).getAttribute("data-month")).isEqualTo("2025-03");
                assertThat(bars.get(bars.size() - 1).getRect().getHeight()).as("a visible bar").isPositive();
                assertThat(driver.findElement(By.cssSelector("ol.articles")).getText()).contains("Lisbon Opens Metro Circle Line");
                screenshot(driver, Path.of("target", "web-entity.png"));

                // A saved query's form, filled in and submitted; its results table.
                driver.get(server.url() + "queries/");
                WebElement name = driver.findElement(By.id("find-entity-name"));
                name.sendKeys("Lisbon");
                driver.findElement(By.cssSelector("#form-find-entity button[type=submit]")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.results")));
                assertThat(driver.getCurrentUrl()).contains("/queries/find-entity?name=Lisbon");
                String table = driver.findElement(By.cssSelector("table.results")).getText();
                assertThat(table).contains("Lisbon");
                WebElement entityLink = driver.findElement(By.cssSelector("table.results td a[href^='/id/']"));
                assertThat(entityLink.getAttribute("href")).contains("/id/");
                screenshot(driver, Path.of("target", "web-query-results.png"));

                // "Open in the SPARQL editor": the Fuseki UI with the bound query in its editor.
                driver.findElement(By.cssSelector("a.editor")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror")));
                wait.until(d -> String.valueOf(((JavascriptExecutor) d).executeScript(
                        "return document.querySelector('.CodeMirror').CodeMirror.getValue();")).contains("Lisbon"));
                screenshot(driver, Path.of("target", "web-sparql-editor.png"));
            } catch (RuntimeException | AssertionError e) {
                if (driver != null) screenshot(driver, Path.of("target", "web-failure.png"));
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
