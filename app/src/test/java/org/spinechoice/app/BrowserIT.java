package org.spinechoice.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.spinechoice.app.evidence.YamlEvidenceLoader;
import org.spinechoice.evidence.GuideSection;

/**
 * A person reading SpineChoice in headless Chromium: the pages work, every page passes axe-core with no
 * violations, the keyboard reaches the content, and nothing on a page breaks the Content-Security-Policy.
 */
class BrowserIT {

    private static TestApp app;
    private static Browser browser;

    private final List<String> accessibilityViolations = new ArrayList<>();

    @BeforeAll
    static void start() {
        app = TestApp.start(DatabaseKind.H2);
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        try {
            browser.close();
        } finally {
            app.close();
        }
    }

    @Test
    void aPersonFindsProlotherapyFromTheHomePageAndSeesBothSidesWithTheirSources() {
        visit("/");
        follow(By.linkText("Look at the treatment options"), "/options");
        follow(By.linkText("Prolotherapy"), "/options/prolotherapy");

        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Prolotherapy");
        assertThat(driver().findElement(By.cssSelector(".headline .statement")).getText())
                .isNotBlank();
        assertThat(headings("h2")).contains("Possible benefits", "Possible harms", "Claims you may hear", "Sources");
        assertThat(driver().findElements(By.cssSelector(".outcome.benefit"))).isNotEmpty();
        assertThat(driver().findElements(By.cssSelector(".outcome.harm"))).isNotEmpty();
        assertThat(driver().findElement(By.cssSelector(".claims")).getText()).contains("about 90% effective");
        assertThat(driver().findElements(By.cssSelector("#sources ol.sources li a[href^='http']")))
                .isNotEmpty();
        assertNoAccessibilityViolations();
    }

    @Test
    void theStenosisGuideShowsItsIllustrationAndEverySection() {
        visit("/stenosis");

        WebElement illustration = driver().findElement(By.cssSelector(".illustration img"));
        Object naturalWidth = script("return arguments[0].complete ? arguments[0].naturalWidth : 0;", illustration);
        assertThat(((Number) naturalWidth).intValue()).isPositive();
        List<String> sectionHeadings = new YamlEvidenceLoader()
                .loadFolder(TestApp.knowledgeFolder()).conditionGuide().sections().stream()
                        .map(GuideSection::heading)
                        .toList();
        assertThat(sectionHeadings).isNotEmpty();
        assertThat(headings("h2")).containsAll(sectionHeadings).contains("Sources");
        assertNoAccessibilityViolations();
    }

    @Test
    void theFirstTabReachesTheSkipLinkAndEnterMovesFocusToTheMainContent() {
        browser.open(app.uri("/"));

        new Actions(driver()).sendKeys(Keys.TAB).perform();
        WebElement focused = driver().switchTo().activeElement();
        assertThat(focused.getAttribute("class")).isEqualTo("skip");
        assertThat(focused.getAttribute("href")).endsWith("#main");

        new Actions(driver()).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(driver(), Duration.ofSeconds(5)).until(ExpectedConditions.urlContains("#main"));
        WebElement target = driver().switchTo().activeElement();
        assertThat(target.getTagName()).isEqualTo("main");
        assertThat(target.getAttribute("id")).isEqualTo("main");
    }

    @Test
    void everyOptionPagePassesAxe() {
        List<String> ids = optionIds();
        assertThat(ids).hasSize(14);

        for (String id : ids) {
            visit("/options/" + id);
            assertThat(driver().findElement(By.tagName("h1")).getText()).isNotBlank();
        }
        assertNoAccessibilityViolations();
    }

    @Test
    void noPageBreaksTheContentSecurityPolicy() {
        Optional<List<String>> before = browser.consoleMessages();
        assumeTrue(before.isPresent(), "this chromedriver does not hand out the browser console log");
        List<String> paths = new ArrayList<>(List.of("/", "/stenosis", "/options"));
        optionIds().forEach(id -> paths.add("/options/" + id));
        List<String> breaches = new ArrayList<>();

        for (String path : paths) {
            browser.open(app.uri(path));
            browser.consoleMessages().orElseThrow().stream()
                    .filter(BrowserIT::isPolicyViolation)
                    .forEach(message -> breaches.add(path + ": " + message));
        }

        assertThat(breaches)
                .withFailMessage(() -> "CSP violations in the console:\n" + String.join("\n", breaches))
                .isEmpty();
    }

    @Test
    void anInlineStyleBlockedByThePolicyShowsUpInTheConsole() {
        assumeTrue(browser.consoleMessages().isPresent(), "this chromedriver does not hand out the console log");
        browser.open(app.uri("/"));

        script("var style = document.createElement('style'); style.textContent = 'body { color: red; }';"
                + " document.head.appendChild(style);");

        assertThat(browser.consoleMessages().orElseThrow()).anyMatch(BrowserIT::isPolicyViolation);
    }

    private static boolean isPolicyViolation(String consoleMessage) {
        return consoleMessage.contains("Content Security Policy");
    }

    private void visit(String path) {
        browser.open(app.uri(path));
        accessibilityViolations.addAll(Accessibility.violations(driver()));
    }

    private void follow(By link, String expectedPath) {
        driver().findElement(link).click();
        new WebDriverWait(driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.urlToBe(app.uri(expectedPath).toString()));
        accessibilityViolations.addAll(Accessibility.violations(driver()));
    }

    private void assertNoAccessibilityViolations() {
        assertThat(accessibilityViolations)
                .withFailMessage(() -> "axe found violations:\n" + String.join("\n", accessibilityViolations))
                .isEmpty();
    }

    private List<String> headings(String tag) {
        return driver().findElements(By.tagName(tag)).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static List<String> optionIds() {
        try {
            JsonNode options =
                    new ObjectMapper().readTree(app.get("/api/options").body()).path("options");
            return StreamSupport.stream(options.spliterator(), false)
                    .map(option -> option.path("id").asText())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver()).executeScript(javascript, arguments);
    }

    private static WebDriver driver() {
        return browser.driver();
    }
}
