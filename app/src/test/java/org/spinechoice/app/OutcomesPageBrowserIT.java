package org.spinechoice.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The clinic outcomes page in a real browser on a wide and a phone-sized window: with figures, it passes axe-core with
 * no violation, nothing but its tables scrolls sideways, both charts are drawn, and a keyboard alone reaches every
 * filter, changes one and sends the form, and opens the curves' tables.
 */
class OutcomesPageBrowserIT {

    private static TestApp app;
    private static Browser browser;
    private final List<String> violations = new ArrayList<>();

    @BeforeAll
    static void start() {
        app = TestApp.start(DatabaseKind.H2);
        ClinicFixture clinics = new ClinicFixture(app);
        clinics.clinic("figures");
        ClinicFixture.Member clinician = clinics.member("figures", "clinician@figures.example", "clinician");
        new OutcomeRecords(clinics, clinician).prolotherapyAndPhysicalTherapy();
        browser = Browser.start();
        browser.open(app.uri("/login?next=/clinic"));
        driver().findElement(By.id("email")).sendKeys("clinician@figures.example");
        driver().findElement(By.id("password")).sendKeys(ClinicFixture.PASSWORD);
        driver().findElement(By.cssSelector("main button[type=submit]")).click();
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

    @ParameterizedTest
    @CsvSource({"1280, 900", "375, 700"})
    void theFiguresReadWellAndTheFiltersWorkByKeyboard(int width, int height) {
        driver().manage().window().setSize(new Dimension(width, height));
        browser.open(app.uri("/clinic"));
        driver().findElement(By.linkText("Outcomes")).click();
        check();
        assertThat(URI.create(driver().getCurrentUrl()).getPath()).isEqualTo("/clinic/outcomes");
        assertThat(driver().findElement(By.cssSelector("svg.forest-plot")).isDisplayed())
                .isTrue();
        assertThat(driver().findElement(By.cssSelector("svg.survival-plot")).isDisplayed())
                .isTrue();
        assertThat(driver().findElement(By.cssSelector("#table-3m")).getText()).contains("67% (39\u201386%)");
        assertThat(script("return document.documentElement.scrollWidth"))
                .as("the page's width in a window %d pixels wide", width)
                .isLessThanOrEqualTo(script("return window.innerWidth"));

        Keyboard keyboard = new Keyboard(driver());
        for (String field : List.of("instrument", "timepoint", "clinician", "region", "from")) {
            WebElement control = keyboard.tabTo("#" + field);
            assertThat(Keyboard.showsFocus(control)).as("%s shows focus", field).isTrue();
            if (field.equals("region")) {
                // A closed select takes a letter: "n" chooses "neck (cervical)".
                keyboard.type("n");
                assertThat(control.getDomProperty("value")).isEqualTo("cervical");
            }
        }
        assertThat(leaveDateField(keyboard)).isEqualTo(driver().findElement(By.id("to")));
        assertThat(leaveDateField(keyboard))
                .isEqualTo(driver().findElement(By.cssSelector("form.outcome-filters button[type=submit]")));
        keyboard.enterAndWaitFor("/clinic/outcomes");
        check();
        assertThat(driver().getCurrentUrl()).contains("region=cervical");
        assertThat(driver().findElement(By.cssSelector("main")).getText())
                .contains("No started treatment course matches these filters");

        driver().navigate().back();
        WebElement tables = keyboard.tabTo("details.survival-tables summary");
        keyboard.press(Keys.ENTER);
        assertThat(driver().findElement(By.cssSelector("details.survival-tables table"))
                        .isDisplayed())
                .isTrue();
        check();
        assertThat(tables.getText()).isEqualTo("The curves as tables");
    }

    private static WebDriver driver() {
        return browser.driver();
    }

    /**
     * Presses Tab until focus leaves the focused date field, whose day, month and year each take a Tab of their own,
     * and returns where it went.
     */
    private static WebElement leaveDateField(Keyboard keyboard) {
        WebElement field = keyboard.focused();
        assertThat(field.getDomAttribute("type")).isEqualTo("date");
        for (int part = 0; part < 4 && keyboard.focused().equals(field); part++) {
            keyboard.press(Keys.TAB);
        }
        return keyboard.focused();
    }

    /** A number the browser knows about the page, read with a script of the test's, not of the page's. */
    private static long script(String script) {
        return (Long) ((JavascriptExecutor) driver()).executeScript(script);
    }

    private void check() {
        violations.addAll(Accessibility.violations(driver()));
    }
}
