package org.spinechoice.app.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.spinechoice.app.ClinicFixture;
import org.spinechoice.app.DatabaseKind;
import org.spinechoice.app.TestApp;

/** Treatment courses over HTTP on both databases: recording, reading, changing status, refusing, auditing. */
class CourseApiIT {

    private static final String PROLOTHERAPY = """
            {"option": "prolotherapy", "region": "lumbar", "startDate": "2026-03-02",
             "plannedSessions": 4, "intervalWeeks": 5}""";

    @AfterAll
    static void stop() {
        RunningApps.stopAll();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aCourseIsRecordedAsPlannedByItsClinicianAndReadBackEveryWay(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        String patient = clinic.patient("Maria Keller");

        Reply created = clinic.post("/api/clinic/patients/" + patient + "/courses", PROLOTHERAPY);

        assertThat(created.status()).isEqualTo(201);
        String id = created.id();
        assertThat(created.location()).hasValue("/api/clinic/courses/" + id);
        assertThat(created.json().get("patientId").asText()).isEqualTo(patient);
        assertThat(created.json().get("status").asText()).isEqualTo("planned");
        assertThat(created.json().get("clinician").asText()).isEqualTo(clinic.userId(clinic.clinician));
        assertThat(created.json().get("startDate").asText()).isEqualTo("2026-03-02");
        assertThat(created.json().get("plannedSessions").asInt()).isEqualTo(4);
        assertThat(created.json().get("intervalWeeks").asInt()).isEqualTo(5);
        assertThat(created.json().get("endReason").isNull()).isTrue();

        Reply read = clinic.get("/api/clinic/courses/" + id);
        Reply list = clinic.get("/api/clinic/patients/" + patient + "/courses");
        Reply record = clinic.get("/api/clinic/patients/" + patient);

        assertThat(read.json()).isEqualTo(created.json());
        assertThat(list.json().get("courses")).containsExactly(created.json());
        assertThat(record.json().get("courses").get(0).get("id").asText()).isEqualTo(id);
        assertThat(record.json().get("courses").get(0).get("option").asText()).isEqualTo("prolotherapy");
        assertThat(record.json().get("courses").get(0).get("sessionsRecorded").asInt())
                .isZero();
        assertThat(clinic.auditAfter(1))
                .containsExactly(
                        "create course " + id + " " + patient,
                        "read course " + id + " " + patient,
                        "list course list " + patient,
                        "read patient " + patient + " " + patient);
        assertThat(clinic.auditIntact()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aPatientsCoursesAreListedNewestFirst(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        String patient = clinic.patient("Maria Keller");
        String older = clinic.course(patient, "2025-01-10");
        String newer = clinic.course(patient, "2026-01-10");

        Reply list = clinic.get("/api/clinic/patients/" + patient + "/courses");

        assertThat(list.json().get("courses").get(0).get("id").asText()).isEqualTo(newer);
        assertThat(list.json().get("courses").get(1).get("id").asText()).isEqualTo(older);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void everyBadFieldOfACourseIsNamedAtOnce(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        String patient = clinic.patient("Maria Keller");

        Reply refused = clinic.post("/api/clinic/patients/" + patient + "/courses", """
                {"option": "spinal-fusion", "region": "neck", "startDate": "2026-3-1", "plannedSessions": 0,
                 "intervalWeeks": 53, "status": "paused", "sessions": 3}""");
        Reply empty = clinic.post("/api/clinic/patients/" + patient + "/courses", "{}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields())
                .containsExactly(
                        "sessions", "option", "region", "startDate", "plannedSessions", "intervalWeeks", "status");
        assertThat(refused.errorMessage("option")).contains("prolotherapy").contains("decompression-surgery");
        assertThat(refused.errorMessage("startDate"))
                .isEqualTo("expected a date as YYYY-MM-DD, e.g. 2026-03-01, got text that is not such a date");
        assertThat(empty.errorFields())
                .containsExactly("option", "region", "startDate", "plannedSessions", "intervalWeeks");
        assertThat(clinic.rows("treatment_course")).isZero();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aCourseIsForARegionItsOptionTreatsAndAStoppedCourseSaysWhy(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        String courses = "/api/clinic/patients/" + clinic.patient("Maria Keller") + "/courses";

        Reply wrongRegion = clinic.post(courses, """
                {"option": "cervical-surgery", "region": "lumbar", "startDate": "2026-03-02",
                 "plannedSessions": 1, "intervalWeeks": 0}""");
        Reply stoppedWithoutReason = clinic.post(courses, """
                {"option": "physical-therapy", "region": "lumbar", "startDate": "2026-03-02",
                 "plannedSessions": 8, "intervalWeeks": 1, "status": "stopped"}""");
        Reply plannedWithReason = clinic.post(courses, """
                {"option": "physical-therapy", "region": "lumbar", "startDate": "2026-03-02",
                 "plannedSessions": 8, "intervalWeeks": 1, "endReason": "moved away"}""");
        Reply stopped = clinic.post(courses, """
                {"option": "physical-therapy", "region": "lumbar", "startDate": "2026-03-02",
                 "plannedSessions": 8, "intervalWeeks": 1, "status": "stopped", "endReason": "moved away"}""");

        assertThat(wrongRegion.errorMessage("region"))
                .isEqualTo("cervical-surgery is given for the cervical spine only");
        assertThat(stoppedWithoutReason.errorFields()).containsExactly("endReason");
        assertThat(plannedWithReason.errorMessage("endReason"))
                .isEqualTo("only a completed or stopped course has an end reason");
        assertThat(stopped.status()).isEqualTo(201);
        assertThat(stopped.json().get("endReason").asText()).isEqualTo("moved away");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aCourseMovesFromPlannedThroughActiveToCompletedAndThenStaysEnded(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        String patient = clinic.patient("Maria Keller");
        String course = "/api/clinic/courses/" + clinic.course(patient, "2026-03-02");
        int before = clinic.audit().size();

        Reply skipped = clinic.patch(course, "{\"status\": \"completed\"}");
        Reply active = clinic.patch(course, "{\"status\": \"active\", \"plannedSessions\": 6, \"intervalWeeks\": 4}");
        Reply completed = clinic.patch(course, "{\"status\": \"completed\", \"endReason\": \"all sessions given\"}");
        Reply reopened = clinic.patch(course, "{\"status\": \"active\", \"plannedSessions\": 8}");
        Reply corrected = clinic.patch(course, "{\"endReason\": \"all six sessions given\"}");

        assertThat(skipped.status()).isEqualTo(422);
        assertThat(skipped.contentType()).hasValue("application/problem+json");
        assertThat(skipped.errorMessage("status"))
                .isEqualTo("A planned course may become active or stopped, not completed.");
        assertThat(active.status()).isEqualTo(200);
        assertThat(active.json().get("plannedSessions").asInt()).isEqualTo(6);
        assertThat(active.json().get("intervalWeeks").asInt()).isEqualTo(4);
        assertThat(completed.json().get("status").asText()).isEqualTo("completed");
        assertThat(reopened.status()).isEqualTo(422);
        assertThat(reopened.errorFields()).containsExactly("status", "plannedSessions");
        assertThat(reopened.errorMessage("status")).startsWith("This course is completed, which is final");
        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.json().get("status").asText()).isEqualTo("completed");
        assertThat(corrected.json().get("endReason").asText()).isEqualTo("all six sessions given");
        assertThat(corrected.json().get("plannedSessions").asInt()).isEqualTo(6);
        String updated = "update course " + course.substring(course.lastIndexOf('/') + 1) + " " + patient;
        assertThat(clinic.auditAfter(before)).containsExactly(updated, updated, updated);
        assertThat(clinic.auditIntact()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void stoppingACourseTakesAReasonAndIsFinal(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        String course = "/api/clinic/courses/" + clinic.course(clinic.patient("Maria Keller"), "2026-03-02");

        Reply withoutReason = clinic.patch(course, "{\"status\": \"stopped\"}");
        Reply stopped = clinic.patch(course, "{\"status\": \"stopped\", \"endReason\": \"pain got worse\"}");
        Reply restarted = clinic.patch(course, "{\"status\": \"active\"}");
        Reply sameAgain = clinic.patch(course, "{\"status\": \"stopped\"}");

        assertThat(withoutReason.status()).isEqualTo(422);
        assertThat(withoutReason.errorMessage("endReason")).startsWith("required when a course is stopped");
        assertThat(stopped.status()).isEqualTo(200);
        assertThat(restarted.status()).isEqualTo(422);
        assertThat(restarted.errorMessage("status")).contains("stopped, which is final");
        assertThat(sameAgain.status()).isEqualTo(200);
        assertThat(sameAgain.json().get("endReason").asText()).isEqualTo("pain got worse");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aCoursesClinicianIsAMemberOfTheSameClinic(DatabaseKind database) {
        TestApp app = RunningApps.on(database);
        TestClinic clinic = TestClinic.in(app);
        TestClinic other = TestClinic.in(app);
        ClinicFixture.Member colleague = clinic.colleague();
        String courses = "/api/clinic/patients/" + clinic.patient("Maria Keller") + "/courses";
        String theirs = other.userId(other.clinician);

        Reply foreign = clinic.post(courses, PROLOTHERAPY.replace("{", "{\"clinician\": \"" + theirs + "\", "));
        Reply colleagues = clinic.post(
                courses, PROLOTHERAPY.replace("{", "{\"clinician\": \"" + clinic.userId(colleague) + "\", "));
        Reply handedOver =
                clinic.patch("/api/clinic/courses/" + colleagues.id(), "{\"clinician\": \"" + theirs + "\"}");

        assertThat(foreign.status()).isEqualTo(422);
        assertThat(foreign.errorMessage("clinician")).isEqualTo("Your clinic has no member of staff with this id.");
        assertThat(colleagues.status()).isEqualTo(201);
        assertThat(colleagues.json().get("clinician").asText()).isEqualTo(clinic.userId(colleague));
        assertThat(handedOver.status()).isEqualTo(422);
        assertThat(clinic.rows("treatment_course")).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aChangeNamesSomethingToChangeAndOnlyWhatMayChange(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        String course = "/api/clinic/courses/" + clinic.course(clinic.patient("Maria Keller"), "2026-03-02");

        Reply nothing = clinic.patch(course, "{}");
        Reply option = clinic.patch(course, "{\"option\": \"acupuncture\", \"intervalWeeks\": -1}");

        assertThat(nothing.status()).isEqualTo(400);
        assertThat(nothing.errorMessage("")).startsWith("expected at least one of status");
        assertThat(option.errorFields()).containsExactly("option", "intervalWeeks");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void anotherClinicsPatientsAndCoursesAreNotFound(DatabaseKind database) {
        TestApp app = RunningApps.on(database);
        TestClinic mine = TestClinic.in(app);
        TestClinic theirs = TestClinic.in(app);
        String theirPatient = theirs.patient("Their Patient");
        String theirCourse = theirs.course(theirPatient, "2026-03-02");
        int theirAudit = theirs.audit().size();

        Reply add = mine.post("/api/clinic/patients/" + theirPatient + "/courses", PROLOTHERAPY);
        Reply list = mine.get("/api/clinic/patients/" + theirPatient + "/courses");
        Reply read = mine.get("/api/clinic/courses/" + theirCourse);
        Reply change = mine.patch("/api/clinic/courses/" + theirCourse, "{\"status\": \"active\"}");

        assertThat(add.status()).isEqualTo(404);
        assertThat(add.json().get("detail").asText()).isEqualTo("Your clinic has no patient with this id.");
        assertThat(list.status()).isEqualTo(404);
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.json().get("detail").asText()).isEqualTo("Your clinic has no treatment course with this id.");
        assertThat(change.status()).isEqualTo(404);
        assertThat(theirs.get("/api/clinic/courses/" + theirCourse)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("planned");
        assertThat(mine.rows("treatment_course")).isZero();
        assertThat(mine.audit()).isEmpty();
        assertThat(theirs.audit()).hasSize(theirAudit + 1);
    }
}
