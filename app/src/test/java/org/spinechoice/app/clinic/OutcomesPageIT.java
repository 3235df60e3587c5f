package org.spinechoice.app.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.spinechoice.app.ClinicFixture;
import org.spinechoice.app.DatabaseKind;
import org.spinechoice.app.OutcomeRecords;
import org.spinechoice.app.access.FormSession;

/**
 * {@code GET /clinic/outcomes} on both databases, for a clinic whose records were entered through the API. The
 * figures are those {@code OutcomesApiIT} checks against hand and scipy workings, written as the page writes them;
 * the Kaplan–Meier interval at day 91 (8 of 12 respond, 4 last seen) worked out in Python from Greenwood's variance on
 * the log(−log) scale: 0.4116 to 0.8973.
 */
class OutcomesPageIT {

    private static final String PROLOTHERAPY_AT_3_MONTHS =
            "<tr><th scope=\"row\">Prolotherapy</th><td>14</td><td>14</td>"
                    + "<td>1</td><td>12</td><td>1</td><td>8</td><td class=\"figure\">67% (39\u201386%)</td>"
                    + "<td class=\"figure\">\u221214.7 (\u221219.7 to \u22129.7)</td></tr>";
    private static final String TOO_FEW =
            "<td colspan=\"3\" class=\"too-few\">Too few to say (fewer than 10 followed up)</td>";
    private static final String PHYSICAL_THERAPY = "Physical therapy and supervised exercise";

    @AfterAll
    static void stop() {
        RunningApps.stopAll();
    }

    private static TestClinic clinicWithOutcomes(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        new OutcomeRecords(new ClinicFixture(clinic.app), clinic.clinician).prolotherapyAndPhysicalTherapy();
        return clinic;
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aTablePerTimePointGivesEveryCountTheRatesTheRuleAndSaysWhenTooFew(DatabaseKind database) {
        TestClinic clinic = clinicWithOutcomes(database);
        FormSession staff = signedIn(clinic, clinic.clinician);
        int auditBefore = clinic.audit().size();

        HttpResponse<String> page = staff.get("/clinic/outcomes");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        String html = page.body();
        assertThat(table(html, "3m"))
                .contains(PROLOTHERAPY_AT_3_MONTHS)
                .contains("<th scope=\"row\">" + PHYSICAL_THERAPY
                        + "</th><td>9</td><td>9</td><td>0</td><td>9</td><td>0</td>" + TOO_FEW);
        // Nobody answered at 6 weeks: the 13 with room to improve are all counted as not followed up.
        assertThat(table(html, "6w"))
                .contains("<th scope=\"row\">Prolotherapy</th><td>14</td><td>14</td><td>1</td><td>0</td><td>13</td>"
                        + TOO_FEW);
        assertThat(html)
                .contains("Response rule: a fall of at least 30% from the course baseline")
                .contains("Mean change: the ODI score at follow-up minus the ODI score at baseline")
                .contains("fewer than 10 patients followed up shows no rate or mean: too few to say")
                .containsPattern("Figures as of \\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2} ")
                .doesNotContain("marked for checking")
                .doesNotContain(OutcomeRecords.NAME)
                .doesNotContain("Demonstration data");
        // One audited read per instrument: ODI for the page, back pain for the claim that measured it.
        assertThat(clinic.auditAfter(auditBefore))
                .containsExactly("list outcomes list null", "list outcomes list null");
        assertThat(staff.get("/clinic/outcomes?instrument=zcq").body())
                .contains("symptom severity and physical function each fall by at least 0.5")
                .contains("The thresholds of this rule are marked for checking.")
                .contains(
                        "Mean change: the ZCQ symptom severity at follow-up minus the ZCQ symptom severity at baseline");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theRatesAndTimeToResponseAreDrawnWithTextEquivalentsAndTooFewGroupsListed(DatabaseKind database) {
        TestClinic clinic = clinicWithOutcomes(database);
        FormSession staff = signedIn(clinic, clinic.clinician);

        String html = staff.get("/clinic/outcomes?instrument=odi&timepoint=3m").body();
        String atYear = staff.get("/clinic/outcomes?timepoint=12m").body();

        String forest = svg(html, "forest-plot");
        assertThat(forest)
                .contains("role=\"img\"", "aria-describedby=\"forest-desc\"")
                .contains("<desc id=\"forest-desc\">Prolotherapy: 67% (39\u201386%), n = 12.</desc>")
                .doesNotContain(PHYSICAL_THERAPY);
        assertThat(html).contains("<li>" + PHYSICAL_THERAPY + " (9 followed up)</li>");
        String survival = svg(html, "survival-plot");
        // The responses on day 91 are drawn and listed at the end of their week (days 91-97).
        assertThat(survival)
                .contains("aria-describedby=\"survival-desc\"")
                .contains(
                        "Prolotherapy: 12 patients, 8 of them responded at some follow-up. By day 97, 67% (41\u201390%)")
                .contains("<path d=\"M48.0 272.0 H185.3 V100.0 H185.3\" fill=\"none\"")
                .contains("fill-opacity=\"0.12\"")
                .doesNotContain(PHYSICAL_THERAPY);
        assertThat(html)
                .contains("<caption>Prolotherapy: 12 patients, 8 responded</caption>")
                .contains("<tr><th scope=\"row\">97</th><td>12</td><td>8</td><td>4</td><td>67% (41\u201390%)</td></tr>")
                .contains("<li>" + PHYSICAL_THERAPY + " (9 patients)</li>");
        assertThat(atYear)
                .contains("Responder rate at 12 months, with 95% intervals")
                .contains("No treatment has enough patients followed up at 12 months to plot.")
                .doesNotContain("class=\"forest-plot\"");
        // The strict Content-Security-Policy allows no inline style or script.
        assertThat(html).doesNotContain("style=").doesNotContain("<script");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aClaimIsCheckedUnderTheQuestionnaireItMeasuredWithItsVerdictInWords(DatabaseKind database) {
        TestClinic clinic = clinicWithOutcomes(database);
        FormSession staff = signedIn(clinic, clinic.clinician);

        String onOdi = claims(staff.get("/clinic/outcomes").body());
        String onBackPain =
                claims(staff.get("/clinic/outcomes?instrument=nrs-back").body());

        for (String claims : java.util.List.of(onOdi, onBackPain)) {
            assertThat(claims)
                    .contains("\u201cProlotherapy is about 90% effective for spinal stenosis.\u201d")
                    .contains("Claimed by", "Popular health articles")
                    .contains("89%. What was measured: reduction &gt; 50%")
                    .contains("back pain rating (0 to 10) fell by more than 50%", "12 months")
                    .contains("<dd>25% (9\u201353%), n = 12</dd>")
                    .contains("The claimed 89% is above what your clinic measured: 25% (9\u201353%), n = 12.")
                    .contains("chronic low back pain", "comparison group")
                    .contains("href=\"https://", ">hauser-2009</a>");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void filtersNarrowTheFiguresAndABadFilterIsShownNextToItsField(DatabaseKind database) {
        TestClinic clinic = clinicWithOutcomes(database);
        FormSession staff = signedIn(clinic, clinic.clinician);
        String clinicianId = clinic.userId(clinic.clinician);
        String colleagueId = clinic.userId(clinic.colleague());

        String theirs = staff.get("/clinic/outcomes?from=2025-06-02&to=2025-06-02&clinician=" + clinicianId)
                .body();
        String colleagues =
                staff.get("/clinic/outcomes?clinician=" + colleagueId).body();
        String cervical =
                staff.get("/clinic/outcomes?region=cervical&utm_source=mail").body();
        String before = staff.get("/clinic/outcomes?to=2025-06-01").body();
        HttpResponse<String> stranger = staff.get("/clinic/outcomes?clinician=nobody-here");
        HttpResponse<String> badDate = staff.get("/clinic/outcomes?from=2025-13-01&region=lumbar");
        HttpResponse<String> backwards = staff.get("/clinic/outcomes?from=2025-07-01&to=2025-06-01");

        assertThat(table(theirs, "3m")).contains(PROLOTHERAPY_AT_3_MONTHS);
        for (String none : java.util.List.of(colleagues, cervical, before)) {
            assertThat(none)
                    .contains("No started treatment course matches these filters")
                    .doesNotContain("id=\"table-3m\"");
        }
        assertThat(stranger.statusCode()).isEqualTo(422);
        assertThat(stranger.body())
                .contains("<p class=\"error\" id=\"clinician-error\">Choose a member of your clinic")
                .contains("<a href=\"#clinician\">Choose a member of your clinic")
                .contains("Correct the filters above to see the figures.")
                .doesNotContain("id=\"table-3m\"");
        assertThat(badDate.statusCode()).isEqualTo(422);
        assertThat(badDate.body())
                .contains("<p class=\"error\" id=\"from-error\">Enter the first start date as year-month-day")
                .contains("value=\"2025-13-01\"")
                .containsPattern("<option value=\"lumbar\" selected>");
        assertThat(backwards.statusCode()).isEqualTo(422);
        assertThat(backwards.body())
                .contains("<p class=\"error\" id=\"to-error\">The last start date must be on or after the first.");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void onlyTheDemonstrationClinicSaysItsFiguresAreMadeUp(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        ClinicFixture fixture = new ClinicFixture(clinic.app);
        fixture.clinic("demo");
        ClinicFixture.Member demo = fixture.member("demo", "clinician@demo.example", "clinician");
        OutcomeRecords.Course course = new OutcomeRecords(fixture, demo).course("prolotherapy", OutcomeRecords.START);
        course.backPain(OutcomeRecords.START, 6);
        course.backPain(OutcomeRecords.START.plusDays(365), 2);
        FormSession demoStaff = signedIn(clinic, demo);
        FormSession realStaff = signedIn(clinic, clinic.clinician);

        String demoPage = demoStaff.get("/clinic/outcomes?instrument=nrs-back").body();
        String realPage = realStaff.get("/clinic/outcomes").body();

        assertThat(demoPage)
                .contains("Demonstration data.", "None of it is about real patients.")
                .contains(
                        "Too few to say: a figure needs at least 10 patients followed up at 12 months, and your clinic has 1.");
        assertThat(realPage).doesNotContain("Demonstration data").contains("No started treatment course matches");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void thePageWithItsStylesheetStaysWithinTheBudgetOfEveryPage(DatabaseKind database) {
        TestClinic clinic = clinicWithOutcomes(database);
        FormSession staff = signedIn(clinic, clinic.clinician);

        String html = staff.get("/clinic/outcomes").body();
        String css = clinic.app.get("/static/app.css").body();

        assertThat(html).contains("<link rel=\"stylesheet\" href=\"/static/app.css\">");
        assertThat(html.getBytes(StandardCharsets.UTF_8).length + css.getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(60 * 1024);
    }

    private static String table(String html, String timepoint) {
        return section(html, "<table class=\"records outcome-table\" id=\"table-" + timepoint + "\"", "</table>");
    }

    private static String svg(String html, String kind) {
        return section(html, "<svg class=\"" + kind + "\"", "</svg>");
    }

    private static String claims(String html) {
        return section(html, "<section class=\"claims\"", "</section>");
    }

    private static String section(String html, String start, String end) {
        Matcher found = Pattern.compile(Pattern.quote(start) + ".*?" + Pattern.quote(end), Pattern.DOTALL)
                .matcher(html);
        assertThat(found.find()).as("%s in the page", start).isTrue();
        return found.group();
    }

    private static FormSession signedIn(TestClinic clinic, ClinicFixture.Member member) {
        FormSession session = new FormSession(clinic.app);
        assertThat(session.signIn(member.email(), ClinicFixture.PASSWORD).statusCode())
                .isEqualTo(303);
        return session;
    }
}
