package org.spinechoice.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.spinechoice.app.access.AccountService;

/**
 * A patient opens their personal link in a real browser, on a phone-sized and on a desktop-sized window, answers
 * the ODI by mouse, first sending it blank, and is thanked. On the phone each question fills the screen; on the
 * desktop the questions follow each other on one page. Every page passes axe-core. No script of ours runs.
 */
class QuestionnaireBrowserIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static TestApp app;
    private static ClinicFixture clinics;
    private static Browser browser;
    private final List<String> violations = new ArrayList<>();

    @BeforeAll
    static void start() {
        app = TestApp.start(DatabaseKind.H2);
        clinics = new ClinicFixture(app);
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

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"375, 700", "1280, 900"})
    void aPatientAnswersTheOdiFromTheirLinkAndIsThanked(int width, int height) {
        driver().manage().window().setSize(new Dimension(width, height));
        String link = "/q/" + patientLinkWithCourseStartingToday("screen-" + width);

        visit(link);
        assertThat(text("h1")).isEqualTo("Your questionnaires");
        driver().findElement(By.linkText("How your back or leg pain affects daily life"))
                .click();
        check();
        List<WebElement> questions = driver().findElements(By.cssSelector(".question"));
        assertThat(questions).hasSize(10);
        long viewport = (Long) script("return window.innerHeight");
        if (width < 640) {
            assertThat(questions)
                    .allSatisfy(question -> assertThat(question.getRect().getHeight())
                            .as("a question fills the small screen")
                            .isGreaterThanOrEqualTo((int) viewport));
        } else {
            assertThat(questions.get(0).getRect().getHeight())
                    .as("a question is one part of the large page")
                    .isLessThan((int) viewport / 2);
        }

        send();
        assertThat(text(".error-summary")).contains("You may leave out up to 2 questions.");
        assertThat(text("#q-odi-3 .error")).isEqualTo("Please answer this question.");
        for (int section = 1; section <= 10; section++) {
            driver().findElement(By.cssSelector("label[for='a-odi-" + section + "-1']"))
                    .click();
        }
        send();

        assertThat(URI.create(driver().getCurrentUrl()).getPath()).isEqualTo(link + "/thanks");
        assertThat(text("h1")).isEqualTo("Thank you");
        assertThat(driver().findElements(By.linkText("How your back or leg pain affects daily life")))
                .isEmpty();
        assertThat(driver().findElements(By.linkText("Your symptoms, your walking and your results")))
                .hasSize(1);
    }

    private String patientLinkWithCourseStartingToday(String clinicId) {
        clinics.clinic(clinicId);
        ClinicFixture.Member clinician = clinics.member(clinicId, "clinician@" + clinicId + ".test", "clinician");
        String patient = idOf(clinics.postJson(
                clinician,
                "/api/clinic/patients",
                "{\"displayName\": \"Browser Patient\", \"birthYear\": 1952, \"sex\": \"female\"}"));
        idOf(clinics.postJson(
                clinician,
                "/api/clinic/patients/" + patient + "/courses",
                "{\"option\": \"physical-therapy\", \"region\": \"lumbar\", \"startDate\": \"" + LocalDate.now()
                        + "\", \"plannedSessions\": 8, \"intervalWeeks\": 1}"));
        return app.running()
                .database()
                .jdbi()
                .inTransaction(handle -> clinics.accounts()
                        .issuePatientLink(handle, clinicId, patient, AccountService.PATIENT_LINK_VALID));
    }

    private WebDriver driver() {
        return browser.driver();
    }

    private Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) driver()).executeScript(code, arguments);
    }

    private void visit(String path) {
        browser.open(app.uri(path));
        check();
    }

    private void send() {
        WebElement button = driver().findElement(By.cssSelector("button[type='submit']"));
        // Scrolled to first, as a person would: after the driver's own scroll, scroll snapping moves the page under
        // the point it is about to click.
        script("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
        check();
    }

    private String text(String css) {
        return driver().findElement(By.cssSelector(css)).getText();
    }

    private void check() {
        violations.addAll(Accessibility.violations(driver()));
    }

    private static String idOf(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        try {
            return JSON.readTree(created.body()).get("id").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
