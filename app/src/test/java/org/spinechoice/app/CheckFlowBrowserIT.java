package org.spinechoice.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * A person walks the symptom check in a real browser, by mouse and keyboard, without JavaScript of ours: the
 * routine path to the PDF, the emergency path, changing answers, and a form error. Every page passes axe-core.
 */
class CheckFlowBrowserIT {

    private static TestApp app;
    private static Browser browser;
    private final List<String> violations = new ArrayList<>();

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

    @AfterEach
    void everyPageVisitedPassedAxe() {
        assertThat(violations).as("axe-core violations").isEmpty();
    }

    @Test
    void theRoutinePathLeadsToASummaryAndItsPdf() throws Exception {
        visit("/check");
        choose("region", "lumbar");
        type("age", "70");
        choose("symptoms", "leg-pain");
        choose("symptoms", "walking-leg-symptoms");
        next();
        assertPage("/check/warning-signs");
        next();
        assertPage("/check/result");
        assertThat(text("h2")).contains("No warning signs");
        driver().findElement(By.linkText("Continue to how it affects you")).click();
        check();
        assertPage("/check/effects");
        type("durationAmount", "6");
        choose("durationUnit", "months");
        type("walkingMinutes", "10");
        next();
        assertPage("/check/health");
        choose("healthFactors", "diabetes");
        next();
        assertPage("/check/preferences");
        choose("pref.avoid-surgery", "4");
        choose("pref.quick-relief", "2");
        next();
        assertPage("/check/options");
        assertThat(driver().getPageSource()).doesNotContain("best for you");
        choose("compare", "physical-therapy");
        choose("compare", "prolotherapy");
        next();
        assertPage("/check/compare");
        assertThat(driver().findElements(By.cssSelector("table th[scope=col]"))).hasSizeGreaterThanOrEqualTo(2);
        next();
        assertPage("/check/sure");
        for (int item = 1; item <= 4; item++) {
            choose("sure-" + item, "1");
        }
        next();
        assertPage("/check/summary");
        String pdfLink =
                driver().findElement(By.cssSelector("a[href*='summary.pdf']")).getAttribute("href");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(pdfLink)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
    }

    @Test
    void anEmergencyStopsTheFlowAtTheResult() {
        visit("/check");
        choose("region", "lumbar");
        type("age", "58");
        next();
        choose("warningSigns", "saddle-numbness");
        next();
        assertPage("/check/result");
        assertThat(text("h2")).contains("Get help now");
        assertThat(driver().findElements(By.linkText("Continue to how it affects you")))
                .isEmpty();

        String options = driver().getCurrentUrl().replace("/check/result", "/check/options");
        driver().get(options);
        assertPage("/check/result");
    }

    @Test
    void backForwardAndReloadKeepTheAnswersAndChangingThemChangesTheResult() {
        visit("/check");
        choose("region", "cervical");
        type("age", "66");
        next();
        choose("warningSigns", "fever");
        next();
        assertThat(text("h2")).contains("within 1 to 2 days");

        driver().navigate().back();
        assertPage("/check/warning-signs");
        driver().navigate().forward();
        assertPage("/check/result");
        driver().navigate().refresh();
        assertThat(text("h2")).contains("within 1 to 2 days");

        driver().findElement(By.linkText("Change my answers")).click();
        assertPage("/check/warning-signs");
        assertThat(driver().findElement(By.cssSelector("input[name='warningSigns'][value='fever']"))
                        .isSelected())
                .isTrue();
        choose("warningSigns", "fever");
        next();
        assertThat(text("h2")).contains("No warning signs");

        driver().navigate().back();
        driver().findElement(By.linkText("Back")).click();
        assertPage("/check/about");
        assertThat(driver().findElement(By.cssSelector("input[name='age']")).getAttribute("value"))
                .isEqualTo("66");
    }

    @Test
    void aFormErrorIsShownNextToTheFieldInWords() {
        visit("/check");
        choose("region", "lumbar");
        type("age", "seventy");
        next();

        assertPage("/check/about");
        assertThat(text(".error-summary")).contains("Enter your age in years");
        assertThat(text("#f-age .error")).contains("whole number from 18 to 120");
        assertThat(driver().findElement(By.cssSelector("input[name='region'][value='lumbar']"))
                        .isSelected())
                .isTrue();
    }

    private WebDriver driver() {
        return browser.driver();
    }

    private void visit(String path) {
        browser.open(app.uri(path));
        check();
    }

    private void next() {
        driver().findElement(By.cssSelector("button[name='go']")).click();
        check();
    }

    private void choose(String field, String value) {
        driver().findElement(By.cssSelector("input[name='" + field + "'][value='" + value + "']"))
                .click();
    }

    private void type(String field, String value) {
        var input = driver().findElement(By.cssSelector("input[name='" + field + "']"));
        input.clear();
        input.sendKeys(value);
    }

    private String text(String css) {
        return driver().findElement(By.cssSelector(css)).getText();
    }

    private void assertPage(String path) {
        assertThat(URI.create(driver().getCurrentUrl()).getPath()).isEqualTo(path);
    }

    private void check() {
        violations.addAll(Accessibility.violations(driver()));
    }
}
