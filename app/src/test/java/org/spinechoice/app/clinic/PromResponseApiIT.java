package org.spinechoice.app.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.spinechoice.app.DatabaseKind;
import org.spinechoice.app.TestApp;

/**
 * A patient's questionnaire responses over HTTP on both databases: scored as the scoring API scores, placed at a time
 * point of their course ({@code spec/proms.md}), stored with their score columns, refused whole when anything is
 * wrong, audited.
 */
class PromResponseApiIT {

    /** 16 points over 9 answered sections: 35.6 (spec/proms.md's example), odi-8 unanswered. */
    private static final String ODI_ANSWERS = """
            {"odi-1": 3, "odi-2": 1, "odi-3": 2, "odi-4": 2, "odi-5": 2, "odi-6": 2, "odi-7": 2, "odi-9": 1, "odi-10": 1}""";

    private static final LocalDate START = LocalDate.parse("2026-03-02");

    @AfterAll
    static void stop() {
        RunningApps.stopAll();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aResponseIsScoredStoredWithItsScoreColumnsAndListedNewestFirst(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        String patient = clinic.patient("Maria Keller");
        String responses = "/api/clinic/patients/" + patient + "/prom-responses";
        int before = clinic.audit().size();

        Reply older = clinic.post(responses, odi("2026-01-10", ""));
        Reply created = clinic.post(responses, odi("2026-02-10", ""));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("instrument").asText()).isEqualTo("odi");
        assertThat(created.json().get("timepoint").asText()).isEqualTo("other");
        assertThat(created.json().get("outsideWindow").asBoolean()).isFalse();
        assertThat(created.json().get("courseId").isNull()).isTrue();
        assertThat(created.json().get("questionnaireVersion").asText()).isEqualTo("spinechoice-1");
        assertThat(created.json().get("source").asText()).isEqualTo("api");
        assertThat(created.json().get("answers").get("odi-1").asInt()).isEqualTo(3);
        assertThat(created.json().get("result").toString())
                .isEqualTo("{\"instrument\":\"odi\",\"score\":35.6,\"range\":[0,100],\"band\":\"moderate\","
                        + "\"answered\":9,\"missing\":[\"odi-8\"]}");
        Map<String, Object> row = clinic.rowsOf("prom_response").stream()
                .filter(stored -> stored.get("id").equals(created.id()))
                .findFirst()
                .orElseThrow();
        assertThat((BigDecimal) row.get("score")).isEqualByComparingTo("35.6");
        assertThat(row.get("band")).isEqualTo("moderate");
        assertThat(row.get("timepoint")).isEqualTo("other");
        assertThat(row.get("questionnaire_version")).isEqualTo("spinechoice-1");
        assertThat(row.get("source")).isEqualTo("api");
        assertThat(row.get("patient_id")).isEqualTo(patient);

        Reply list = clinic.get(responses);
        Reply onlyOdi = clinic.get(responses + "?instrument=odi");
        Reply onlyNdi = clinic.get(responses + "?instrument=ndi");

        assertThat(list.json().get("promResponses")).containsExactly(created.json(), older.json());
        assertThat(onlyOdi.json().get("promResponses")).hasSize(2);
        assertThat(onlyNdi.json().get("promResponses")).isEmpty();
        assertThat(clinic.auditAfter(before))
                .containsExactly(
                        "create prom-response " + older.id() + " " + patient,
                        "create prom-response " + created.id() + " " + patient,
                        "list prom-response list " + patient,
                        "list prom-response list " + patient,
                        "list prom-response list " + patient);
        assertThat(clinic.auditIntact()).isTrue();
    }

    @ParameterizedTest(name = "day {0}, stated {1} -> {2}, outside window {3}")
    @CsvSource({
        "45, '', 6w, false",
        "10, 3m, 3m, true",
        "-3, '', baseline, false",
        "14, '', baseline, false",
        "15, '', other, false",
        "28, '', 6w, false",
        "56, '', 6w, false",
        "57, '', other, false",
        "91, '', 3m, false",
        "200, '', 6m, false",
        "407, '', 12m, false",
        "408, '', other, false",
        "60, baseline, baseline, true",
        "60, other, other, false"
    })
    void aResponseIsPlacedAtTheTimePointOfItsCourseDay(
            int day, String stated, String timepoint, boolean outsideWindow) {
        TestClinic clinic = TestClinic.in(RunningApps.on(DatabaseKind.H2));
        String patient = clinic.patient("Maria Keller");
        String course = clinic.course(patient, START.toString());
        String statedMember = stated.isEmpty() ? "" : ", \"timepoint\": \"" + stated + "\"";

        Reply placed = clinic.post(
                "/api/clinic/patients/" + patient + "/prom-responses",
                odi(START.plusDays(day).toString(), ", \"courseId\": \"" + course + "\"" + statedMember));

        assertThat(placed.status()).isEqualTo(201);
        assertThat(placed.json().get("courseId").asText()).isEqualTo(course);
        assertThat(placed.json().get("timepoint").asText()).isEqualTo(timepoint);
        assertThat(placed.json().get("outsideWindow").asBoolean()).isEqualTo(outsideWindow);
        assertThat(clinic.rowsOf("prom_response").get(0).get("outside_window")).isEqualTo(outsideWindow);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theSixWeekAndStatedThreeMonthExamplesHoldOnBothDatabases(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        String patient = clinic.patient("Maria Keller");
        String course = ", \"courseId\": \"" + clinic.course(patient, START.toString()) + "\"";
        String responses = "/api/clinic/patients/" + patient + "/prom-responses";

        Reply sixWeeks = clinic.post(responses, odi(START.plusDays(45).toString(), course));
        Reply early = clinic.post(responses, odi(START.plusDays(10).toString(), course + ", \"timepoint\": \"3m\""));
        Reply withoutCourse = clinic.post(responses, odi(START.plusDays(45).toString(), ", \"timepoint\": \"6w\""));

        assertThat(sixWeeks.json().get("timepoint").asText()).isEqualTo("6w");
        assertThat(sixWeeks.json().get("outsideWindow").asBoolean()).isFalse();
        assertThat(early.json().get("timepoint").asText()).isEqualTo("3m");
        assertThat(early.json().get("outsideWindow").asBoolean()).isTrue();
        assertThat(withoutCourse.json().get("timepoint").asText()).isEqualTo("6w");
        assertThat(withoutCourse.json().get("outsideWindow").asBoolean()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void subscalesPercentagesAndClinicianRatingsAreStoredInTheirColumns(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        String responses = "/api/clinic/patients/" + clinic.patient("Maria Keller") + "/prom-responses";

        Reply zcq = clinic.post(responses, """
                {"instrument": "zcq", "takenOn": "2026-03-01", "answers": {"zcq-s1": 3, "zcq-s2": 4, "zcq-s3": 3,
                 "zcq-s4": 2, "zcq-s5": 3, "zcq-s6": 4, "zcq-s7": 3, "zcq-f1": 2, "zcq-f2": 3, "zcq-f3": 2,
                 "zcq-f4": 3, "zcq-f5": 2}}""");
        Reply ndi = clinic.post(responses, """
                {"instrument": "ndi", "takenOn": "2026-03-01", "answers": {"ndi-1": 2, "ndi-2": 1, "ndi-3": 2,
                 "ndi-4": 1, "ndi-5": 2, "ndi-6": 1, "ndi-7": 2, "ndi-8": 1, "ndi-9": 2, "ndi-10": 1}}""");
        Reply mjoa = clinic.post(responses, """
                {"instrument": "mjoa", "takenOn": "2026-03-01", "answers": {"mjoa-upper-motor": 4,
                 "mjoa-lower-motor": 5, "mjoa-upper-sensory": 2, "mjoa-bladder": 3}}""");

        assertThat(zcq.status()).isEqualTo(201);
        assertThat(zcq.json().get("result").get("subscales").toString())
                .isEqualTo("{\"symptom-severity\":3.14,\"physical-function\":2.4,\"satisfaction\":null}");
        assertThat(ndi.json().get("result").get("percent").decimalValue()).isEqualByComparingTo("30");
        assertThat(mjoa.status()).isEqualTo(201);
        assertThat(mjoa.json().get("result").get("score").asInt()).isEqualTo(14);
        assertThat(mjoa.json().get("result").has("note")).isTrue();
        Map<String, Map<String, Object>> rows = new HashMap<>();
        clinic.rowsOf("prom_response").forEach(row -> rows.put((String) row.get("instrument"), row));
        assertThat((BigDecimal) rows.get("zcq").get("symptom_severity")).isEqualByComparingTo("3.14");
        assertThat((BigDecimal) rows.get("zcq").get("physical_function")).isEqualByComparingTo("2.4");
        assertThat(rows.get("zcq").get("satisfaction")).isNull();
        assertThat(rows.get("zcq").get("score")).isNull();
        assertThat((BigDecimal) rows.get("ndi").get("score")).isEqualByComparingTo("15");
        assertThat((BigDecimal) rows.get("ndi").get("score_percent")).isEqualByComparingTo("30");
        assertThat(rows.get("ndi").get("band")).isEqualTo("moderate");
        assertThat((BigDecimal) rows.get("mjoa").get("score")).isEqualByComparingTo("14");
        assertThat(rows.get("mjoa").get("band")).isEqualTo("moderate");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void anIncompleteQuestionnaireIs422WithItsMissingItemsAndStoresNothing(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        String patient = clinic.patient("Maria Keller");
        int before = clinic.audit().size();

        Reply incomplete = clinic.post("/api/clinic/patients/" + patient + "/prom-responses", """
                {"instrument": "odi", "takenOn": "2026-03-01", "answers": {"odi-1": 3, "odi-2": 1, "odi-3": 2,
                 "odi-4": 2, "odi-5": 2, "odi-6": null, "odi-7": 2}}""");

        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(incomplete.contentType()).hasValue("application/problem+json");
        assertThat(incomplete.json().get("missing").toString()).isEqualTo("[\"odi-6\",\"odi-8\",\"odi-9\",\"odi-10\"]");
        assertThat(incomplete.json().get("maxMissing").asInt()).isEqualTo(2);
        assertThat(clinic.rows("prom_response")).isZero();
        assertThat(clinic.audit()).hasSize(before);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void everyBadFieldAndAnswerIsNamedAtOnce(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        String responses = "/api/clinic/patients/" + clinic.patient("Maria Keller") + "/prom-responses";

        Reply badAnswers = clinic.post(responses, """
                {"instrument": "odi", "takenOn": "01.03.2026", "answers": {"odi-1": 6, "odi-2": 2.5, "odi-3": "3",
                 "odi-11": 1}, "timepoint": "1y", "score": 40}""");
        Reply badInstrument = clinic.post(responses, """
                {"instrument": "sf-36", "takenOn": "2026-03-01", "answers": {"q1": 1}}""");
        Reply nothing = clinic.post(responses, "{}");
        Reply badFilter = clinic.get(responses + "?instrument=sf-36");

        assertThat(badAnswers.status()).isEqualTo(400);
        assertThat(badAnswers.errorFields())
                .containsExactly(
                        "score",
                        "takenOn",
                        "answers.odi-1",
                        "answers.odi-2",
                        "answers.odi-3",
                        "answers.odi-11",
                        "timepoint");
        assertThat(badAnswers.errorMessage("timepoint")).isEqualTo("expected one of baseline, 6w, 3m, 6m, 12m, other");
        assertThat(badInstrument.errorFields()).containsExactly("instrument");
        assertThat(nothing.errorFields()).containsExactly("instrument", "takenOn", "answers");
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(badFilter.errorFields()).containsExactly("instrument");
        assertThat(clinic.rows("prom_response")).isZero();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aResponseFollowsACourseOfTheSamePatientOnly(DatabaseKind database) {
        TestApp app = RunningApps.on(database);
        TestClinic clinic = TestClinic.in(app);
        TestClinic other = TestClinic.in(app);
        String patient = clinic.patient("Maria Keller");
        String sibling = clinic.patient("Anna Keller");
        String siblingsCourse = clinic.course(sibling, START.toString());
        String foreignCourse = other.course(other.patient("Their Patient"), START.toString());
        String responses = "/api/clinic/patients/" + patient + "/prom-responses";

        Reply ofSibling = clinic.post(responses, odi("2026-04-16", ", \"courseId\": \"" + siblingsCourse + "\""));
        Reply ofOtherClinic = clinic.post(responses, odi("2026-04-16", ", \"courseId\": \"" + foreignCourse + "\""));

        assertThat(ofSibling.status()).isEqualTo(422);
        assertThat(ofSibling.errorMessage("courseId")).isEqualTo("This patient has no treatment course with this id.");
        assertThat(ofOtherClinic.status()).isEqualTo(422);
        assertThat(ofOtherClinic.json().get("detail"))
                .isEqualTo(ofSibling.json().get("detail"));
        assertThat(clinic.rows("prom_response")).isZero();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aResponseNamesOurWordingOrOneTheClinicImported(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        String responses = "/api/clinic/patients/" + clinic.patient("Maria Keller") + "/prom-responses";
        clinic.jdbi()
                .useHandle(handle -> handle.createUpdate("INSERT INTO questionnaire_wording (id, clinic_id, "
                                + "instrument, version, resource, imported_at, active) VALUES ('w1', :clinic, 'odi', "
                                + "'odi-2.1a-licensed', '{}', CURRENT_TIMESTAMP, TRUE)")
                        .bind("clinic", clinic.id)
                        .execute());

        Reply unknown = clinic.post(responses, odi("2026-03-01", ", \"questionnaireVersion\": \"odi-2.0\""));
        Reply imported = clinic.post(responses, odi("2026-03-01", ", \"questionnaireVersion\": \"odi-2.1a-licensed\""));

        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.errorFields()).containsExactly("questionnaireVersion");
        assertThat(imported.status()).isEqualTo(201);
        assertThat(imported.json().get("questionnaireVersion").asText()).isEqualTo("odi-2.1a-licensed");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void anotherClinicsPatientHasNoResponsesToShowOrAdd(DatabaseKind database) {
        TestApp app = RunningApps.on(database);
        TestClinic mine = TestClinic.in(app);
        TestClinic theirs = TestClinic.in(app);
        String responses = "/api/clinic/patients/" + theirs.patient("Their Patient") + "/prom-responses";

        Reply add = mine.post(responses, odi("2026-03-01", ""));
        Reply list = mine.get(responses);

        assertThat(List.of(add.status(), list.status())).containsExactly(404, 404);
        assertThat(theirs.rows("prom_response")).isZero();
        assertThat(mine.audit()).isEmpty();
    }

    private static String odi(String takenOn, String moreMembers) {
        return "{\"instrument\": \"odi\", \"takenOn\": \"" + takenOn + "\", \"answers\": " + ODI_ANSWERS + moreMembers
                + "}";
    }
}
