package org.spinechoice.app.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.spinechoice.app.DatabaseKind;
import org.spinechoice.app.TestApp;

/** The sessions of a treatment course over HTTP on both databases: details by kind, dates, refusals, auditing. */
class SessionApiIT {

    private static final String INJECTION = """
            {"date": "2026-03-02", "details": {"kind": "injection", "solution": "dextrose", "concentration": "15%",
             "volumeMl": 12.5, "levels": ["L4-L5", "L5-S1"], "sites": ["iliolumbar ligament"],
             "imageGuidance": "ultrasound"}}""";

    @AfterAll
    static void stop() {
        RunningApps.stopAll();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void sessionsAreRecordedWithTheirDetailsAndListedInTheOrderGiven(DatabaseKind database) throws Exception {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        String patient = clinic.patient("Maria Keller");
        String course = clinic.course(patient, "2026-03-02");
        int before = clinic.audit().size();

        Reply later = clinic.post("/api/clinic/courses/" + course + "/sessions", INJECTION.replace("03-02", "04-06"));
        Reply first = clinic.post("/api/clinic/courses/" + course + "/sessions", INJECTION);
        Reply list = clinic.get("/api/clinic/courses/" + course + "/sessions");

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.location()).isEmpty();
        assertThat(first.json().get("courseId").asText()).isEqualTo(course);
        assertThat(first.json().get("date").asText()).isEqualTo("2026-03-02");
        JsonNode details = first.json().get("details");
        assertThat(details.get("kind").asText()).isEqualTo("injection");
        assertThat(details.get("volumeMl").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(details.get("volumeMl").toString()).isEqualTo("12.5");
        assertThat(details.get("levels")).hasSize(2);
        assertThat(details.get("clinician").isNull()).isTrue();
        assertThat(list.json().get("sessions")).containsExactly(first.json(), later.json());
        assertThat(clinic.get("/api/clinic/patients/" + patient)
                        .json()
                        .get("courses")
                        .get(0)
                        .get("sessionsRecorded")
                        .asInt())
                .isEqualTo(2);
        assertThat(clinic.auditAfter(before))
                .containsExactly(
                        "create session " + later.id() + " " + patient,
                        "create session " + first.id() + " " + patient,
                        "list session list " + patient,
                        "read patient " + patient + " " + patient);
        assertThat(clinic.auditIntact()).isTrue();

        Map<String, Object> stored = clinic.rowsOf("treatment_session").stream()
                .filter(row -> row.get("id").equals(first.id()))
                .findFirst()
                .orElseThrow();
        assertThat(stored.get("kind")).isEqualTo("injection");
        assertThat(new ObjectMapper().readTree(stored.get("details").toString()))
                .isEqualTo(details);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void eachKindOfSessionKeepsItsOwnDetails(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        String sessions =
                "/api/clinic/courses/" + clinic.course(clinic.patient("Maria Keller"), "2026-03-02") + "/sessions";

        Reply therapy = clinic.post(sessions, """
                {"date": "2026-03-03", "details": {"kind": "physical-therapy",
                 "exercises": ["flexion stretches", "stationary cycling"], "minutes": 45}}""");
        Reply surgery = clinic.post(sessions, """
                {"date": "2026-03-04", "details": {"kind": "surgery", "procedure": "laminectomy", "levels": ["L3-L5"]}}""");
        Reply other = clinic.post(sessions, """
                {"date": "2026-03-05", "details": {"kind": "other", "text": "Advice on walking with a stick."}}""");

        assertThat(therapy.status()).isEqualTo(201);
        assertThat(therapy.json().get("details").get("exercises")).hasSize(2);
        assertThat(therapy.json().get("details").get("minutes").asInt()).isEqualTo(45);
        assertThat(surgery.json().get("details").get("levels").get(0).asText()).isEqualTo("L3-L5");
        assertThat(other.json().get("details").get("text").asText()).isEqualTo("Advice on walking with a stick.");
        assertThat(clinic.get(sessions).json().get("sessions")).hasSize(3);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void everyBadDetailIsNamedByItsPathAndNothingIsStored(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        String course = clinic.course(clinic.patient("Maria Keller"), "2026-03-02");
        int before = clinic.audit().size();

        Reply refused = clinic.post("/api/clinic/courses/" + course + "/sessions", """
                {"date": "2026-02-30", "details": {"kind": "injection", "volumeMl": 0, "levels": ["L5-L4", "L4-L5"],
                 "imageGuidance": "mri", "dose": "2 ml", "exercises": ["walking"]}}""");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields())
                .containsExactly(
                        "date",
                        "details.dose",
                        "details.exercises",
                        "details.solution",
                        "details.volumeMl",
                        "details.levels[0]",
                        "details.imageGuidance");
        assertThat(refused.errorMessage("details.solution")).startsWith("required: text of 1 to 200 characters");
        assertThat(refused.errorMessage("details.levels[0]")).contains("upper vertebra first");
        assertThat(refused.errorMessage("details.imageGuidance"))
                .isEqualTo("expected one of none, ultrasound, fluoroscopy, ct");
        assertThat(clinic.rows("treatment_session")).isZero();
        assertThat(clinic.audit()).hasSize(before);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theKindDecidesWhichDetailsBelong(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        String sessions =
                "/api/clinic/courses/" + clinic.course(clinic.patient("Maria Keller"), "2026-03-02") + "/sessions";

        Reply unknownKind = clinic.post(sessions, """
                {"date": "2026-03-02", "details": {"kind": "massage", "text": "back massage"}}""");
        Reply noDetails = clinic.post(sessions, "{\"date\": \"2026-03-02\"}");
        Reply notAnObject = clinic.post(sessions, "{\"date\": \"2026-03-02\", \"details\": \"injection\"}");
        Reply nowhere = clinic.post(sessions, """
                {"date": "2026-03-02", "details": {"kind": "injection", "solution": "dextrose", "volumeMl": 5,
                 "imageGuidance": "none"}}""");
        Reply textForTherapy = clinic.post(sessions, """
                {"date": "2026-03-02", "details": {"kind": "physical-therapy", "text": "exercises", "minutes": 30}}""");

        assertThat(unknownKind.errorFields()).containsExactly("details.kind");
        assertThat(unknownKind.errorMessage("details.kind"))
                .isEqualTo("expected one of injection, physical-therapy, surgery, other");
        assertThat(noDetails.errorFields()).containsExactly("details");
        assertThat(notAnObject.errorFields()).containsExactly("details");
        assertThat(nowhere.errorFields()).containsExactly("details.levels");
        assertThat(nowhere.errorMessage("details.levels")).contains("or one site");
        assertThat(textForTherapy.errorFields()).containsExactly("details.text", "details.exercises");
        assertThat(clinic.rows("treatment_session")).isZero();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aSessionIsNeverDatedBeforeItsCourseStarted(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        String course = clinic.course(clinic.patient("Maria Keller"), "2026-03-02");
        int before = clinic.audit().size();

        Reply early = clinic.post("/api/clinic/courses/" + course + "/sessions", INJECTION.replace("03-02", "03-01"));

        assertThat(early.status()).isEqualTo(422);
        assertThat(early.errorFields()).containsExactly("date");
        assertThat(early.json().get("detail").asText())
                .isEqualTo("A session cannot be dated before its course started, on 2026-03-02.");
        assertThat(clinic.rows("treatment_session")).isZero();
        assertThat(clinic.audit()).hasSize(before);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void anInjectionsClinicianBelongsToTheClinic(DatabaseKind database) {
        TestApp app = RunningApps.on(database);
        TestClinic clinic = TestClinic.in(app);
        TestClinic other = TestClinic.in(app);
        String sessions =
                "/api/clinic/courses/" + clinic.course(clinic.patient("Maria Keller"), "2026-03-02") + "/sessions";
        String given = "\"imageGuidance\": \"ultrasound\"";

        Reply foreign = clinic.post(
                sessions,
                INJECTION.replace(given, given + ", \"clinician\": \"" + other.userId(other.clinician) + "\""));
        Reply own = clinic.post(
                sessions,
                INJECTION.replace(given, given + ", \"clinician\": \"" + clinic.userId(clinic.clinician) + "\""));

        assertThat(foreign.status()).isEqualTo(422);
        assertThat(foreign.errorFields()).containsExactly("details.clinician");
        assertThat(own.status()).isEqualTo(201);
        assertThat(own.json().get("details").get("clinician").asText()).isEqualTo(clinic.userId(clinic.clinician));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void anotherClinicsCourseHasNoSessionsToShowOrAdd(DatabaseKind database) {
        TestApp app = RunningApps.on(database);
        TestClinic mine = TestClinic.in(app);
        TestClinic theirs = TestClinic.in(app);
        String theirCourse = theirs.course(theirs.patient("Their Patient"), "2026-03-02");

        Reply add = mine.post("/api/clinic/courses/" + theirCourse + "/sessions", INJECTION);
        Reply list = mine.get("/api/clinic/courses/" + theirCourse + "/sessions");

        assertThat(List.of(add.status(), list.status())).containsExactly(404, 404);
        assertThat(add.json().get("detail").asText()).isEqualTo("Your clinic has no treatment course with this id.");
        assertThat(theirs.rows("treatment_session")).isZero();
        assertThat(mine.audit()).isEmpty();
    }
}
