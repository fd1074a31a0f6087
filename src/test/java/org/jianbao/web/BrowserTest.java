package org.jianbao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.jianbao.user.Role;
import org.jianbao.user.UserAccounts;

/**
 * What an operator does in a real browser: log in, upload the sample indicator file, start a briefing, watch it
 * finish, download the Word file — which POI opens and finds 第N期 in. Debian's chromium with its chromedriver;
 * skipped with a message where they are not installed. Screenshots of each page (1366×768) go to target/screenshots/
 * (or {@code -Djianbao.screenshots=docs/screenshots} for the README's).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "serve"})
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path OUTPUT = Path.of("target/test-output/browser-" + System.nanoTime());
    /** The README's pictures are refreshed with {@code -Djianbao.screenshots=docs/screenshots}. */
    private static final Path SCREENSHOTS = Path.of(System.getProperty("jianbao.screenshots", "target/screenshots"));

    @DynamicPropertySource
    static void output(DynamicPropertyRegistry registry) {
        registry.add("jianbao.output-dir", OUTPUT::toString);
    }

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;

    private WebDriver browser;
    private Path profile;

    @BeforeEach
    void startBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver): browser test skipped");
        profile = Files.createTempDirectory("jianbao-chromium-");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--user-data-dir=" + profile, "--window-size=1366,768", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        if (accounts.find("zhou").isEmpty()) {
            accounts.add("zhou", "zhou-secret", Role.OPERATOR);
        }
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anOperatorUploadsDataStartsABriefingAndDownloadsIt() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofMinutes(3));
        browser.get(url("/"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        screenshot("login");
        browser.findElement(By.id("username")).sendKeys("zhou");
        browser.findElement(By.id("password")).sendKeys("zhou-secret");
        browser.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.titleContains("文档"));

        browser.get(url("/data"));
        browser.findElement(By.id("file")).sendKeys(Path.of("samples/示范区-2026年1-10月主要经济指标.csv").toAbsolutePath().toString());
        browser.findElement(By.id("upload")).click();
        String outcome = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outcome"))).getText();
        assertThat(outcome).matches("示范区-2026年1-10月主要经济指标\\.csv：(已导入 \\d+ 行|此前已导入相同文件，数据无变化)");
        screenshot("data");

        browser.get(url("/generate"));
        new Select(browser.findElement(By.id("kind"))).selectByValue("briefing");
        screenshot("generate");
        browser.findElement(By.id("start")).click();
        wait.until(ExpectedConditions.urlMatches("/runs/\\d+$"));
        // htmx replaces the progress block every second until the run is over and the links appear.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#links a.docx")));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("完成");
        assertThat(browser.findElement(By.id("count")).getText()).isEqualTo("[1/1]");
        screenshot("run");

        String href = browser.findElement(By.cssSelector("#links a.docx")).getAttribute("href");
        byte[] docx = downloadWithTheBrowsersSession(href);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            assertThat(text.getText()).containsPattern("第\\d+期").contains("示范区");
        }

        browser.get(url("/"));
        assertThat(browser.findElement(By.id("documents")).getText()).containsPattern("示范区工作进展简报-2026年第\\d+期");
        screenshot("documents");
        browser.get(url("/runs"));
        assertThat(browser.findElement(By.id("runs")).getText()).contains("完成", "zhou");
        screenshot("runs");

        browser.get(url("/inputs"));
        assertThat(browser.findElement(By.id("outline")).getText()).contains("sections,");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("progress-briefing.docx", "检查无问题");
        screenshot("inputs");
        browser.get(url("/deliveries"));
        // The sample recipients' copies of the briefing wait for approval (签发).
        assertThat(browser.findElement(By.id("deliveries")).getText()).contains("待签发");
        screenshot("deliveries");

        // Readable on a phone: one column, nothing wider than the screen but the tables, which scroll.
        browser.manage().window().setSize(new Dimension(390, 844));
        for (String page : List.of("/", "/runs", "/inputs")) {
            browser.get(url(page));
            Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow.intValue()).as("horizontal overflow of %s on a phone", page).isLessThanOrEqualTo(0);
        }
        screenshot("phone-inputs");
    }

    private byte[] downloadWithTheBrowsersSession(String href) throws Exception {
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains("filename*=UTF-8''");
        return response.body();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
