package org.spinechoice.app.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.spinechoice.app.ClinicFixture;
import org.spinechoice.app.DatabaseKind;
import org.spinechoice.app.access.FormSession;

/**
 * The workspace pages over HTTP on both databases, as a browser without JavaScript uses them: forms posted with their
 * CSRF token, 303 after a save, 422 with the error next to its field, 404 for another clinic's records.
 */
class ClinicPagesIT {

    private static final Pattern RECORD_ID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern SVG = Pattern.compile("<svg class=\"score-chart\".*?</svg>", Pattern.DOTALL);

    @AfterAll
    static void stop() {
        RunningApps.stopAll();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aPatientAddedThroughTheFormIsShownOnTheirPageAndInTheList(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        FormSession staff = signedIn(clinic, clinic.clinician);

        HttpResponse<String> added = submit(
                staff,
                "/clinic/patients/new",
                "/clinic/patients",
                Map.of("displayName", "Maria Keller", "birthYear", "1952", "sex", "female", "reference", "MRN-7"));

        assertThat(added.statusCode()).isEqualTo(303);
        String location = added.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/clinic/patients/" + RECORD_ID + "\\?saved=patient");
        HttpResponse<String> page = staff.get(location);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.body()).contains("<h1>Maria Keller</h1>", "The patient was added.", "MRN-7", "1952");
        assertThat(staff.get("/clinic/patients?q=kell").body()).contains("Maria Keller");
        assertThat(staff.get("/clinic/patients?q=nobody").body()).doesNotContain("Maria Keller");
        String patientId = idIn(location);
        assertThat(clinic.audit())
                .contains(
                        "create patient " + patientId + " " + patientId, "read patient " + patientId + " " + patientId);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aFieldErrorIsShownInWordsNextToItsFieldAndNothingIsSaved(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        FormSession staff = signedIn(clinic, clinic.clinician);

        HttpResponse<String> refused = submit(
                staff,
                "/clinic/patients/new",
                "/clinic/patients",
                Map.of("displayName", "Ola Nordmann", "birthYear", "nineteen fifty", "sex", "male"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("<a href=\"#birthYear\">Enter the year of birth as four digits")
                .contains("<p class=\"error\" id=\"birthYear-error\">Enter the year of birth as four digits")
                .contains("aria-invalid=\"true\"")
                .contains("value=\"nineteen fifty\"")
                .contains("value=\"Ola Nordmann\"");
        assertThat(clinic.rows("patient")).isZero();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aCourseItsSessionAdverseEventAndQuestionnairesAreRecordedAndCharted(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        FormSession staff = signedIn(clinic, clinic.clinician);
        String patientId = clinic.patient("Ada Baker");
        String patientPage = "/clinic/patients/" + patientId;
        LocalDate start = LocalDate.now().minusDays(50);

        HttpResponse<String> course = submit(
                staff,
                patientPage + "/courses/new",
                patientPage + "/courses",
                Map.of(
                        "option",
                        "prolotherapy",
                        "region",
                        "lumbar",
                        "clinician",
                        clinic.userId(clinic.clinician),
                        "startDate",
                        start.toString(),
                        "plannedSessions",
                        "4",
                        "intervalWeeks",
                        "4",
                        "status",
                        "active"));
        assertThat(course.statusCode()).isEqualTo(303);
        assertThat(course.headers().firstValue("Location")).hasValue(patientPage + "?saved=course");
        String courseId = (String) clinic.rowsOf("treatment_course").get(0).get("id");
        String courseBase = "/clinic/courses/" + courseId;

        HttpResponse<String> session = submit(
                staff,
                courseBase + "/sessions/new?kind=injection",
                courseBase + "/sessions",
                fields(
                        "patientId",
                        patientId,
                        "kind",
                        "injection",
                        "date",
                        start.plusDays(1).toString(),
                        "solution",
                        "Dextrose",
                        "concentration",
                        "15%",
                        "volumeMl",
                        "10.5",
                        "levels",
                        "L4-L5, L5-S1",
                        "sites",
                        "",
                        "imageGuidance",
                        "ultrasound",
                        "clinician",
                        clinic.userId(clinic.clinician)));
        HttpResponse<String> event = submit(
                staff,
                courseBase + "/adverse-events/new",
                courseBase + "/adverse-events",
                fields(
                        "patientId",
                        patientId,
                        "date",
                        start.plusDays(2).toString(),
                        "severity",
                        "mild",
                        "description",
                        "Sore low back for two days"));
        HttpResponse<String> baseline = submit(
                staff,
                patientPage + "/responses/new?instrument=odi",
                patientPage + "/responses",
                odi(start.toString(), courseId, "4"));
        HttpResponse<String> followUp = submit(
                staff,
                patientPage + "/responses/new?instrument=odi",
                patientPage + "/responses",
                odi(start.plusDays(42).toString(), courseId, "2"));

        assertThat(session.statusCode()).as(session.body()).isEqualTo(303);
        assertThat(event.statusCode()).as(event.body()).isEqualTo(303);
        assertThat(baseline.statusCode()).as(baseline.body()).isEqualTo(303);
        assertThat(followUp.headers().firstValue("Location")).hasValue(patientPage + "?saved=response");
        String page = staff.get(patientPage).body();
        assertThat(page)
                .contains("Prolotherapy", "Dextrose 15%; 10.5 mL; L4-L5, L5-S1; Ultrasound")
                .contains("Sore low back for two days")
                .contains("80; very severe", "40; moderate")
                .contains("1 recorded");
        Matcher svg = SVG.matcher(page);
        assertThat(svg.find()).isTrue();
        String chart = svg.group();
        assertThat(chart)
                .contains("<title id=\"chart-odi-title\">", "<desc id=\"chart-odi-desc\">", "response line 56");
        assertThat(chart.getBytes(StandardCharsets.UTF_8).length).isLessThan(10 * 1024);
        assertThat(page).contains("fall of at least 30% from the course baseline");
        assertThat(clinic.rows("treatment_session")).isEqualTo(1);
        assertThat(clinic.rows("adverse_event")).isEqualTo(1);
        assertThat(clinic.rows("prom_response")).isEqualTo(2);
        assertThat(clinic.rowsOf("prom_response"))
                .extracting(row -> row.get("source"))
                .containsOnly("clinic");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aSessionDatedBeforeItsCourseIsRefusedNextToItsDate(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        FormSession staff = signedIn(clinic, clinic.clinician);
        String patientId = clinic.patient("Ben Carter");
        String courseBase = "/clinic/courses/" + clinic.course(patientId, "2026-03-02");

        HttpResponse<String> refused = submit(
                staff,
                courseBase + "/sessions/new?kind=other",
                courseBase + "/sessions",
                fields("patientId", patientId, "kind", "other", "date", "2026-03-01", "text", "Advice"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"date-error\">A session cannot be dated before its course started");
        assertThat(clinic.rows("treatment_session")).isZero();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void stoppingACourseNeedsAReason(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        FormSession staff = signedIn(clinic, clinic.clinician);
        String patientId = clinic.patient("Cleo Dunn");
        String status = "/clinic/courses/" + clinic.course(patientId, "2026-01-05") + "/status";

        HttpResponse<String> refused = submit(staff, status, status, fields("status", "stopped", "endReason", ""));
        HttpResponse<String> stopped =
                submit(staff, status, status, fields("status", "stopped", "endReason", "Moved away"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"endReason-error\">Say why the course was stopped");
        assertThat(stopped.statusCode()).isEqualTo(303);
        assertThat(staff.get("/clinic/patients/" + patientId).body()).contains("Stopped", "Moved away");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aQuestionnaireWithTooManyBlanksIsRefusedAtItsFirstBlankQuestion(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        FormSession staff = signedIn(clinic, clinic.clinician);
        String patientPage = "/clinic/patients/" + clinic.patient("Dan Evans");
        Map<String, String> answers = odi("2026-02-02", "", "3");
        answers.remove("odi-1");
        answers.remove("odi-2");
        answers.remove("odi-3");

        HttpResponse<String> refused =
                submit(staff, patientPage + "/responses/new?instrument=odi", patientPage + "/responses", answers);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("id=\"odi-1-error\">Too many questions are blank to work out a score")
                .contains("id=\"odi-3-error\">This question is blank.");
        assertThat(clinic.rows("prom_response")).isZero();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theMjoaFormHasClinicianLabelsAndTheStructureNote(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        FormSession staff = signedIn(clinic, clinic.clinician);

        String form = staff.get("/clinic/patients/" + clinic.patient("Eve Fox") + "/responses/new?instrument=mjoa")
                .body();

        assertThat(form).contains("Upper-limb motor function", "Bladder function", "marked for checking");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void anotherClinicsPatientAndCourseAreNotFound(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        TestClinic other = TestClinic.in(clinic.app);
        String patientId = clinic.patient("Finn Gray");
        String courseId = clinic.course(patientId, "2026-01-05");
        FormSession stranger = signedIn(other, other.clinician);

        assertThat(stranger.get("/clinic/patients/" + patientId).statusCode()).isEqualTo(404);
        assertThat(stranger.get("/clinic/patients/" + patientId + "/courses/new")
                        .statusCode())
                .isEqualTo(404);
        assertThat(stranger.get("/clinic/courses/" + courseId + "/status").statusCode())
                .isEqualTo(404);
        HttpResponse<String> session = submit(
                stranger,
                "/clinic",
                "/clinic/courses/" + courseId + "/sessions",
                fields("patientId", patientId, "kind", "other", "date", "2026-01-06", "text", "Advice"));
        HttpResponse<String> link = submit(stranger, "/clinic", "/clinic/patients/" + patientId + "/link", fields());
        assertThat(session.statusCode()).isEqualTo(404);
        assertThat(link.statusCode()).isEqualTo(404);
        assertThat(session.body()).doesNotContain("Finn Gray");
        assertThat(clinic.rows("treatment_session")).isZero();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theStartPageListsTheDueQuestionnairesWithALinkToThePatient(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        FormSession staff = signedIn(clinic, clinic.clinician);
        String overdue = clinic.patient("Gus Hale");
        clinic.course(overdue, LocalDate.now().minusDays(45).toString());
        String due = clinic.patient("Hal Ives");
        clinic.course(due, LocalDate.now().plusDays(10).toString());
        int before = clinic.audit().size();

        String home = staff.get("/clinic").body();

        String overdueLink = "<a href=\"/clinic/patients/" + overdue + "\">Gus Hale</a>";
        String dueLink = "<a href=\"/clinic/patients/" + due + "\">Hal Ives</a>";
        assertThat(home)
                .contains(overdueLink, dueLink, "6 weeks", "Baseline", "Overdue", "ODI, ZCQ, Back pain (0\u201310)");
        assertThat(home.indexOf(overdueLink)).isLessThan(home.indexOf(dueLink));
        assertThat(home).contains("10 questionnaires are due or overdue at 2 course time points");
        assertThat(clinic.auditAfter(before)).containsExactly("list due-questionnaire list null");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aQuestionnaireLinkIsShownOnceWithItsExpiryAndAudited(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        FormSession staff = signedIn(clinic, clinic.clinician);
        String patientId = clinic.patient("Ida Jones");

        HttpResponse<String> issued =
                submit(staff, "/clinic/patients/" + patientId, "/clinic/patients/" + patientId + "/link", fields());

        assertThat(issued.statusCode()).isEqualTo(201);
        Matcher link = Pattern.compile("value=\"http://localhost:\\d+/q/([A-Za-z0-9_-]+)\"")
                .matcher(issued.body());
        assertThat(link.find()).as(issued.body()).isTrue();
        assertThat(issued.body()).contains("It works until " + LocalDate.now().plusDays(30));
        assertThat(new ClinicFixture(clinic.app).accounts().patientLink(link.group(1)))
                .hasValueSatisfying(holder -> assertThat(holder.patientId()).isEqualTo(patientId));
        assertThat(clinic.audit()).anyMatch(entry -> entry.matches("create patient-link [0-9a-f]{12} " + patientId));
        assertThat(staff.get("/clinic/patients/" + patientId).body()).doesNotContain(link.group(1));
    }

    private static FormSession signedIn(TestClinic clinic, ClinicFixture.Member member) {
        FormSession session = new FormSession(clinic.app);
        assertThat(session.signIn(member.email(), ClinicFixture.PASSWORD).statusCode())
                .isEqualTo(303);
        return session;
    }

    /** Opens the form's page for its CSRF token, then posts the fields to {@code action}. */
    private static HttpResponse<String> submit(
            FormSession session, String formPage, String action, Map<String, String> fields) {
        HttpResponse<String> page = session.get(formPage);
        assertThat(page.statusCode()).as(formPage).isEqualTo(200);
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", FormSession.csrfIn(page.body()));
        return session.post(action, form);
    }

    private static Map<String, String> fields(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int index = 0; index < namesAndValues.length; index += 2) {
            fields.put(namesAndValues[index], namesAndValues[index + 1]);
        }
        return fields;
    }

    /** An ODI answered with the same value throughout: 4 scores 80, 2 scores 40. */
    private static Map<String, String> odi(String takenOn, String courseId, String answer) {
        Map<String, String> fields = fields("instrument", "odi", "takenOn", takenOn, "courseId", courseId);
        for (int item = 1; item <= 10; item++) {
            fields.put("odi-" + item, answer);
        }
        return fields;
    }

    private static String idIn(String location) {
        Matcher id = RECORD_ID.matcher(location);
        assertThat(id.find()).isTrue();
        return id.group();
    }
}
