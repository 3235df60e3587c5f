package org.spinechoice.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A clinician walks the workspace in a real browser without JavaScript of ours: signs in, adds a patient (once with
 * a mistake), enters a questionnaire, sees its chart on the patient's page, records a course, opens the session form
 * records an injection session, hands the patient their questionnaire link, which the patient answers in the same
 * browser, sees that answer on the patient's ODI chart, and finds the patient on the start page's due list. Every page passes axe-core with no violation.
 */
class ClinicPagesBrowserIT {

    private static TestApp app;
    private static Browser browser;
    private final List<String> violations = new ArrayList<>();

    @BeforeAll
    static void start() {
        app = TestApp.start(DatabaseKind.H2);
        ClinicFixture clinics = new ClinicFixture(app);
        clinics.clinic("browser");
        clinics.member("browser", "clinician@browser.example", "clinician");
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
    void aClinicianAddsAPatientEntersAQuestionnaireSeesTheChartAndRecordsACourse() {
        visit("/login?next=/clinic");
        type("email", "clinician@browser.example");
        type("password", ClinicFixture.PASSWORD);
        submit();
        assertPage("/clinic");

        driver().findElement(By.linkText("Patients")).click();
        check();
        assertPage("/clinic/patients");
        driver().findElement(By.linkText("Add a patient")).click();
        check();
        type("displayName", "Rosa Lindqvist");
        type("birthYear", "19x8");
        choose("sex", "female");
        submit();
        assertThat(text("#birthYear-error")).contains("Enter the year of birth");
        type("birthYear", "1948");
        submit();
        assertThat(driver().getCurrentUrl()).contains("saved=patient");
        assertThat(text("h1")).isEqualTo("Rosa Lindqvist");

        driver().findElement(By.linkText("Enter a questionnaire")).click();
        check();
        new Select(driver().findElement(By.id("instrument"))).selectByValue("nrs-leg");
        submit();
        setDate("takenOn", LocalDate.now().minusDays(30));
        choose("nrs", "7");
        submit();
        driver().findElement(By.linkText("Enter a questionnaire")).click();
        check();
        new Select(driver().findElement(By.id("instrument"))).selectByValue("nrs-leg");
        submit();
        choose("nrs", "3");
        submit();
        assertThat(driver().getCurrentUrl()).contains("saved=response");
        WebElement chart = driver().findElement(By.cssSelector("#chart-nrs-leg svg[role=img]"));
        assertThat(chart.findElements(By.cssSelector("circle"))).hasSize(2);
        assertThat(text("#chart-nrs-leg figcaption")).contains("30% and of at least 2 points");

        driver().findElement(By.linkText("New treatment course")).click();
        check();
        assertThat(driver().findElements(By.cssSelector("#option option"))).hasSize(15);
        submit();
        assertThat(text(".error-summary")).contains("Choose the treatment");
        new Select(driver().findElement(By.id("option"))).selectByValue("prolotherapy");
        new Select(driver().findElement(By.id("region"))).selectByValue("lumbar");
        type("plannedSessions", "4");
        type("intervalWeeks", "4");
        submit();
        assertThat(driver().getCurrentUrl()).contains("saved=course");
        assertThat(driver().findElements(By.cssSelector("table.schedule tbody tr")))
                .hasSize(5);

        driver().findElement(By.linkText("Record a session")).click();
        check();
        choose("kind", "injection");
        submit();
        assertThat(driver().findElement(By.id("volumeMl")).isDisplayed()).isTrue();
        setDate("date", LocalDate.now());
        type("solution", "dextrose");
        type("concentration", "15%");
        type("volumeMl", "5");
        type("levels", "L4-L5");
        new Select(driver().findElement(By.id("imageGuidance"))).selectByValue("ultrasound");
        submit();
        String patientPage = driver().getCurrentUrl().replaceAll("[?#].*$", "");
        assertThat(driver().getPageSource()).contains("dextrose");

        // The clinician hands the patient their personal link; the patient answers the baseline ODI through it.
        driver().findElement(By.cssSelector("form[action$='/link'] button[type=submit]"))
                .click();
        check();
        String link = driver().findElement(By.id("link")).getAttribute("value");
        assertThat(link).matches(".*/q/[A-Za-z0-9_-]{43}");
        browser.open(URI.create(link));
        check();
        assertThat(text("h1")).isEqualTo("Your questionnaires");
        driver().findElement(By.linkText("How your back or leg pain affects daily life"))
                .click();
        check();
        for (int section = 1; section <= 10; section++) {
            driver().findElement(By.cssSelector("label[for='a-odi-" + section + "-2']"))
                    .click();
        }
        WebElement send = driver().findElement(By.cssSelector("main button[type=submit]"));
        ((JavascriptExecutor) driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", send);
        send.click();
        check();
        assertThat(text("h1")).isEqualTo("Thank you");

        // Back on the patient's page, the patient's answers are the first point of the ODI chart: 20 of 50 = 40.
        browser.open(URI.create(patientPage));
        check();
        WebElement odiChart = driver().findElement(By.cssSelector("#chart-odi svg[role=img]"));
        assertThat(odiChart.findElements(By.cssSelector("circle"))).hasSize(1);
        assertThat(driver().getPageSource()).contains("40.0");
        visit("/clinic");
        assertThat(driver().findElement(By.linkText("Rosa Lindqvist")).isDisplayed())
                .isTrue();
        browser.consoleMessages()
                .ifPresent(messages -> assertThat(messages)
                        .as("the strict Content-Security-Policy blocked nothing")
                        .noneMatch(message -> message.contains("Content Security Policy")));
    }

    private WebDriver driver() {
        return browser.driver();
    }

    private void visit(String path) {
        browser.open(app.uri(path));
        check();
    }

    private void submit() {
        driver().findElement(By.cssSelector("main button[type=submit]")).click();
        check();
    }

    private void choose(String field, String value) {
        driver().findElement(By.cssSelector("input[name='" + field + "'][value='" + value + "']"))
                .click();
    }

    private void type(String field, String value) {
        WebElement input = driver().findElement(By.id(field));
        input.clear();
        input.sendKeys(value);
    }

    /** A date input takes keys in the browser's own format, so the test sets its ISO value as a date picker would. */
    private void setDate(String field, LocalDate date) {
        ((JavascriptExecutor) driver())
                .executeScript(
                        "arguments[0].value = arguments[1]", driver().findElement(By.id(field)), date.toString());
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
