package org.spinechoice.app.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.spinechoice.app.DatabaseKind;
import org.spinechoice.app.access.FormSession;
import org.spinechoice.app.check.ReadingLevel;
import org.spinechoice.app.platform.DbTime;
import org.spinechoice.app.platform.Secrets;

/**
 * A patient answers their due questionnaires through their personal link, over HTTP as a browser would: they see
 * only their own due questionnaires, what they send is stored as theirs and leaves the list, a bad answer is named
 * next to its question, and a link that is not valid, or a post from another site, gets nothing.
 */
class PatientQuestionnaireIT {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"([^\"]+)\"");

    @AfterAll
    static void stop() {
        RunningApps.stopAll();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aPatientSeesTheirDueQuestionnairesAndWhatTheySendLeavesTheList(DatabaseKind database) {
        LinkedPatient maria = LinkedPatient.startingToday(TestClinic.in(RunningApps.on(database)), "Maria Keller");
        FormSession browser = new FormSession(maria.clinic().app);
        String odi = maria.questionnaire("baseline", "odi");

        HttpResponse<String> start = browser.get(maria.link());
        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(start.body())
                .contains("<meta name=\"robots\" content=\"noindex\">")
                .contains("href=\"" + odi + "\"", "How your back or leg pain affects daily life")
                .contains("10 questions, about 3 minutes", "12 questions, about 4 minutes")
                .contains(maria.questionnaire("baseline", "zcq"), maria.questionnaire("baseline", "walking"))
                .doesNotContain("Maria", "Keller", "prolotherapy", maria.clinic().id);

        HttpResponse<String> page = browser.get(odi);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.body())
                .contains("Question 1 of 10", "Question 10 of 10", "SpineChoice wording")
                .contains("id=\"q-odi-1\"", "<legend>");
        HttpResponse<String> sent = browser.post(odi, odiAnswers(page.body(), 10));

        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.headers().firstValue("Location")).hasValue(maria.link() + "/thanks");
        Map<String, Object> stored = maria.clinic().rowsOf("prom_response").get(0);
        assertThat(stored)
                .containsEntry("source", "patient-link")
                .containsEntry("timepoint", "baseline")
                .containsEntry("instrument", "odi")
                .containsEntry("course_id", maria.courseId())
                .containsEntry("patient_id", maria.patientId())
                .containsEntry("questionnaire_version", "spinechoice-1");
        HttpResponse<String> thanks = browser.get(maria.link() + "/thanks");
        assertThat(thanks.body())
                .contains("Thank you", "Your answers are saved")
                .doesNotContain(odi)
                .contains(maria.questionnaire("baseline", "zcq"));
        assertThat(browser.get(maria.link()).body()).doesNotContain(odi);
        assertThat(browser.get(odi).statusCode())
                .as("a questionnaire already sent")
                .isEqualTo(404);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theZcqAsksAboutSatisfactionOnlyAfterTreatmentAndTheMjoaIsNeverOffered(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        LinkedPatient maria = LinkedPatient.startingToday(clinic, "Maria Keller");
        String sixWeeksAgo =
                clinic.course(maria.patientId(), LocalDate.now().minusDays(42).toString());
        String neck = clinic.post(
                        "/api/clinic/patients/" + maria.patientId() + "/courses", """
                        {"option": "physical-therapy", "region": "cervical", "startDate": "%s",
                         "plannedSessions": 6, "intervalWeeks": 1}""".formatted(LocalDate.now()))
                .id();
        FormSession browser = new FormSession(clinic.app);

        String list = browser.get(maria.link()).body();
        String beforeTreatment =
                browser.get(maria.questionnaire("baseline", "zcq")).body();
        String afterTreatment =
                browser.get(maria.link() + "/" + sixWeeksAgo + "/6w/zcq").body();

        assertThat(list)
                .contains(maria.link() + "/" + sixWeeksAgo + "/6w/zcq", "6 weeks after the start of your treatment")
                .doesNotContain(sixWeeksAgo + "/baseline/")
                .contains(maria.link() + "/" + neck + "/baseline/ndi")
                .doesNotContain("mjoa");
        assertThat(beforeTreatment).contains("Question 12 of 12").doesNotContain("zcq-p1");
        assertThat(afterTreatment).contains("Question 18 of 18", "name=\"zcq-p1\"");
        assertThat(browser.get(maria.link() + "/" + neck + "/baseline/mjoa").statusCode())
                .isEqualTo(404);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aBaselineAnswersEveryCourseItWasTakenNoLaterThanDayFourteenOf(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        LinkedPatient maria = LinkedPatient.startingToday(clinic, "Maria Keller");
        String inTenDays =
                clinic.course(maria.patientId(), LocalDate.now().plusDays(10).toString());
        String threeWeeksAgo =
                clinic.course(maria.patientId(), LocalDate.now().minusDays(20).toString());
        FormSession browser = new FormSession(clinic.app);
        String odi = maria.questionnaire("baseline", "odi");

        assertThat(browser.get(maria.link()).body()).contains(maria.link() + "/" + inTenDays + "/baseline/odi");
        browser.post(odi, odiAnswers(browser.get(odi).body(), 10));

        assertThat(browser.get(maria.link()).body())
                .doesNotContain(odi)
                .doesNotContain(inTenDays + "/baseline/odi")
                .as("a baseline window closed on day 14")
                .doesNotContain(threeWeeksAgo + "/baseline/");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void everyReadAndTheWriteOfALinkIsAuditedUnderTheLink(DatabaseKind database) {
        LinkedPatient maria = LinkedPatient.startingToday(TestClinic.in(RunningApps.on(database)), "Maria Keller");
        FormSession browser = new FormSession(maria.clinic().app);
        int before = maria.clinic().audit().size();

        browser.get(maria.link());
        String odi = maria.questionnaire("baseline", "odi");
        browser.post(odi, odiAnswers(browser.get(odi).body(), 10));

        String patient = maria.patientId();
        List<String> entries = maria.clinic().auditAfter(before);
        assertThat(entries.subList(0, 4))
                .containsExactly(
                        "list prom-schedule list " + patient,
                        "read prom-schedule " + maria.courseId() + " " + patient,
                        "read prom-schedule " + maria.courseId() + " " + patient,
                        "create prom-response "
                                + maria.clinic().rowsOf("prom_response").get(0).get("id") + " " + patient);
        assertThat(actorsAfter(maria.clinic(), before)).allMatch(actor -> actor.startsWith("patient-link:"));
        assertThat(maria.clinic().auditIntact()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aBadAnswerIsNamedNextToItsQuestionAndNothingIsStored(DatabaseKind database) {
        LinkedPatient maria = LinkedPatient.startingToday(TestClinic.in(RunningApps.on(database)), "Maria Keller");
        FormSession browser = new FormSession(maria.clinic().app);
        String odi = maria.questionnaire("baseline", "odi");
        String pain = maria.questionnaire("baseline", "nrs-back");

        HttpResponse<String> tooFew =
                browser.post(odi, odiAnswers(browser.get(odi).body(), 7));
        Map<String, String> outOfRange = formOf(browser.get(pain).body());
        outOfRange.put("nrs", "11");
        HttpResponse<String> eleven = browser.post(pain, outOfRange);

        assertThat(tooFew.statusCode()).isEqualTo(422);
        assertThat(question(tooFew.body(), "odi-8")).contains("Please answer this question.");
        assertThat(question(tooFew.body(), "odi-7"))
                .doesNotContain("class=\"error\"")
                .contains("checked");
        assertThat(tooFew.body()).contains("You may leave out up to 2 questions.");
        assertThat(eleven.statusCode()).isEqualTo(422);
        assertThat(question(eleven.body(), "nrs"))
                .contains("Please write a whole number from 0 to 10.")
                .contains("value=\"11\"")
                .contains("min=\"0\"", "max=\"10\"");
        assertThat(maria.clinic().rows("prom_response")).isZero();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void anExpiredOrUnknownLinkIsAFriendlyNotFound(DatabaseKind database) {
        LinkedPatient maria = LinkedPatient.startingToday(TestClinic.in(RunningApps.on(database)), "Maria Keller");
        maria.clinic()
                .jdbi()
                .useHandle(handle -> handle.createUpdate(
                                "UPDATE patient_link SET expires_at = :past WHERE token_hash = :hash")
                        .bind("past", DbTime.utc(Instant.now().minusSeconds(60)))
                        .bind("hash", Secrets.sha256(maria.token()))
                        .execute());
        FormSession browser = new FormSession(maria.clinic().app);

        for (String path : List.of(
                maria.link(),
                maria.questionnaire("baseline", "odi"),
                "/q/" + Secrets.strong().next(),
                "/q/not-a-token")) {
            HttpResponse<String> answer = browser.get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.body()).as(path).contains("Please ask your clinic for a new one.");
            assertThat(answer.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aLinkOpensItsOwnPatientsQuestionnairesOnlyNeverAnotherClinicsOrPatients(DatabaseKind database) {
        TestClinic north = TestClinic.in(RunningApps.on(database));
        LinkedPatient maria = LinkedPatient.startingToday(north, "Maria Keller");
        LinkedPatient anna = LinkedPatient.startingToday(north, "Anna Keller");
        LinkedPatient south = LinkedPatient.startingToday(TestClinic.in(RunningApps.on(database)), "Sam South");
        FormSession browser = new FormSession(north.app);
        String formToken = FormSession.csrfIn(
                browser.get(maria.questionnaire("baseline", "odi")).body());

        for (LinkedPatient other : List.of(anna, south)) {
            String theirs = maria.link() + "/" + other.courseId() + "/baseline/odi";
            assertThat(browser.get(theirs).statusCode()).isEqualTo(404);
            Map<String, String> form = odiAnswers(formToken, "spinechoice-1", 10);
            assertThat(browser.post(theirs, form).statusCode()).isEqualTo(404);
            assertThat(browser.get(maria.link()).body()).doesNotContain(other.courseId());
        }
        assertThat(north.rows("prom_response")).isZero();
        assertThat(south.clinic().rows("prom_response")).isZero();
        assertThat(south.clinic().audit()).noneMatch(entry -> entry.contains("prom-schedule"));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aCrossSitePostIsRefusedAndStoresNothing(DatabaseKind database) {
        LinkedPatient maria = LinkedPatient.startingToday(TestClinic.in(RunningApps.on(database)), "Maria Keller");
        String odi = maria.questionnaire("baseline", "odi");
        FormSession browser = new FormSession(maria.clinic().app);
        Map<String, String> answers = odiAnswers(browser.get(odi).body(), 10);

        Map<String, String> withoutToken = new LinkedHashMap<>(answers);
        withoutToken.remove("_csrf");
        HttpResponse<String> noToken = browser.post(odi, withoutToken);
        HttpResponse<String> crossSite = browser.send(HttpRequest.newBuilder(browser.uri(odi))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString(FormBody.of(answers))));
        HttpResponse<String> noCookie = new FormSession(maria.clinic().app).post(odi, answers);

        assertThat(List.of(noToken, crossSite, noCookie))
                .allSatisfy(refused -> assertThat(refused.statusCode()).isEqualTo(403));
        assertThat(noToken.body()).contains("did not come from SpineChoice");
        assertThat(maria.clinic().rows("prom_response")).isZero();
        assertThat(browser.post(odi, answers).statusCode())
                .as("the same form from our page")
                .isEqualTo(303);
    }

    @Test
    void aFailureOnALinkPageLogsTheRouteNeverTheLinksToken() {
        LinkedPatient maria = LinkedPatient.startingToday(TestClinic.in(RunningApps.on(DatabaseKind.H2)), "Maria");
        maria.clinic()
                .jdbi()
                .useHandle(
                        handle -> handle.createUpdate("INSERT INTO questionnaire_wording (id, clinic_id, instrument, "
                                        + "version, resource, imported_at, active) VALUES ('broken', :clinic, 'odi', 'v-broken', "
                                        + "'not a questionnaire', :now, TRUE)")
                                .bind("clinic", maria.clinic().id)
                                .bind("now", DbTime.utc(Instant.now()))
                                .execute());
        PrintStream standardError = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        HttpResponse<String> failed;
        try {
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            failed = new FormSession(maria.clinic().app).get(maria.link());
        } finally {
            System.setErr(standardError);
        }

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.body()).doesNotContain("broken", "Exception");
        assertThat(log.toString(StandardCharsets.UTF_8))
                .contains("Unexpected error on GET /q/{token}")
                .doesNotContain(maria.token());
    }

    @Test
    void thePatientsPagesReadAtGradeEightOrBelow() {
        LinkedPatient maria = LinkedPatient.startingToday(TestClinic.in(RunningApps.on(DatabaseKind.H2)), "Maria");
        FormSession browser = new FormSession(maria.clinic().app);
        Map<String, Double> grades = new LinkedHashMap<>();
        grades.put("start", grade(browser.get(maria.link())));
        for (String instrument : List.of("odi", "zcq", "nrs-back", "walking")) {
            grades.put(instrument, grade(browser.get(maria.questionnaire("baseline", instrument))));
        }
        String pain = maria.questionnaire("baseline", "nrs-leg");
        Map<String, String> form = formOf(browser.get(pain).body());
        form.put("nrs", "12");
        grades.put("error", grade(browser.post(pain, form)));
        form.put("nrs", "4");
        browser.post(pain, form);
        grades.put("thanks", grade(browser.get(maria.link() + "/thanks")));
        grades.put("closed", grade(browser.get(pain)));
        grades.forEach((page, grade) -> System.out.printf("reading level link %-9s grade %.1f%n", page, grade));

        assertThat(grades)
                .allSatisfy((page, grade) -> assertThat(grade).as(page).isLessThanOrEqualTo(8.0));
    }

    /** The page's form fields: its token, the wording's version, and the ODI's first {@code answered} sections. */
    static Map<String, String> odiAnswers(String page, int answered) {
        Map<String, String> form = formOf(page);
        form.putAll(odiAnswers(form.get("_csrf"), form.get("version"), answered));
        return form;
    }

    static Map<String, String> odiAnswers(String formToken, String version, int answered) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", formToken);
        form.put("version", version);
        for (int section = 1; section <= answered; section++) {
            form.put("odi-" + section, "2");
        }
        return form;
    }

    /** The hidden fields of a questionnaire page. */
    static Map<String, String> formOf(String page) {
        Matcher version = VERSION.matcher(page);
        assertThat(version.find()).as("a version field").isTrue();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", FormSession.csrfIn(page));
        form.put("version", version.group(1).replace("&amp;", "&"));
        return form;
    }

    /** The markup of one question, from its opening tag to the next question's. */
    static String question(String page, String linkId) {
        int start = page.indexOf("id=\"q-" + linkId + "\"");
        assertThat(start).as("question " + linkId).isPositive();
        int end = page.indexOf("class=\"question", start + 1);
        return page.substring(start, end < 0 ? page.length() : end);
    }

    private static double grade(HttpResponse<String> page) {
        return ReadingLevel.of(ReadingLevel.visibleMainText(page.body())).grade();
    }

    private static List<String> actorsAfter(TestClinic clinic, int skip) {
        return clinic.jdbi()
                .withHandle(handle -> handle.createQuery(
                                "SELECT actor FROM audit_entry WHERE clinic_id = :clinic AND seq > :skip ORDER BY seq")
                        .bind("clinic", clinic.id)
                        .bind("skip", skip)
                        .mapTo(String.class)
                        .list());
    }

    /** A patient of a test clinic with a low-back course starting today, and their personal link. */
    record LinkedPatient(TestClinic clinic, String patientId, String courseId, String token) {

        static LinkedPatient startingToday(TestClinic clinic, String name) {
            String patient = clinic.patient(name);
            String course = clinic.course(patient, LocalDate.now().toString());
            return new LinkedPatient(clinic, patient, course, clinic.patientLinkToken(patient));
        }

        String link() {
            return "/q/" + token;
        }

        String questionnaire(String timepoint, String instrument) {
            return link() + "/" + courseId + "/" + timepoint + "/" + instrument;
        }
    }
}
