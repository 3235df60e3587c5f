package org.spinechoice.app.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spinechoice.app.DatabaseKind;
import org.spinechoice.app.TestApp;

/**
 * The patient-facing text of every step of the symptom check reads at US grade 9 or below (we aim for 8). The
 * figures are printed so they can be reported.
 */
class ReadingLevelIT {

    static final double FAIL_ABOVE_GRADE = 9.0;
    private static final String ANSWERS = "region=lumbar&age=70&sex=female&symptoms=leg-pain"
            + "&symptoms=walking-leg-symptoms&course=stable&signsAsked=yes&durationAmount=6&durationUnit=months"
            + "&walkingMinutes=10&healthAsked=yes&healthFactors=diabetes&pref.avoid-surgery=4&pref.quick-relief=2"
            + "&compare=physical-therapy&compare=prolotherapy&compare=epidural-steroid-injection"
            + "&sure-1=1&sure-2=1&sure-3=0&sure-4=1";
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start(DatabaseKind.H2);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void everyStepReadsAtGradeNineOrBelow() {
        Map<String, Double> grades = new LinkedHashMap<>();
        for (CheckStep step : CheckStep.values()) {
            HttpResponse<String> page = app.get("/check/" + step.path() + "?" + ANSWERS);
            assertThat(page.statusCode()).as(step.path()).isEqualTo(200);
            grades.put(
                    step.path(),
                    ReadingLevel.of(ReadingLevel.visibleMainText(page.body())).grade());
        }
        grades.forEach((step, grade) -> System.out.printf("reading level %-14s grade %.1f%n", step, grade));

        assertThat(grades)
                .allSatisfy((step, grade) -> assertThat(grade).as(step).isLessThanOrEqualTo(FAIL_ABOVE_GRADE));
    }
}
