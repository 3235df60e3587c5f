package org.spinechoice.app.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.spinechoice.app.DatabaseKind;
import org.spinechoice.app.TestApp;

/** The adverse events of a treatment course over HTTP on both databases. */
class AdverseEventApiIT {

    @AfterAll
    static void stop() {
        RunningApps.stopAll();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void adverseEventsAreRecordedAndListedInTheOrderTheyHappened(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        String patient = clinic.patient("Maria Keller");
        String events = "/api/clinic/courses/" + clinic.course(patient, "2026-03-02") + "/adverse-events";
        int before = clinic.audit().size();

        Reply later = clinic.post(events, """
                {"date": "2026-05-20", "severity": "serious", "description": "Admitted with a severe headache.",
                 "outcome": "Home after two days."}""");
        Reply first = clinic.post(events, """
                {"date": "2026-03-03", "severity": "mild", "description": "Sore at the injection sites for a day."}""");
        Reply list = clinic.get(events);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("severity").asText()).isEqualTo("mild");
        assertThat(first.json().get("outcome").isNull()).isTrue();
        assertThat(later.json().get("outcome").asText()).isEqualTo("Home after two days.");
        assertThat(list.json().get("adverseEvents")).containsExactly(first.json(), later.json());
        assertThat(clinic.auditAfter(before))
                .containsExactly(
                        "create adverse-event " + later.id() + " " + patient,
                        "create adverse-event " + first.id() + " " + patient,
                        "list adverse-event list " + patient);
        assertThat(clinic.auditIntact()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void everyBadFieldIsNamedAndAnEventDoesNotPrecedeItsCourse(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        String events = "/api/clinic/courses/" + clinic.course(clinic.patient("Maria Keller"), "2026-03-02")
                + "/adverse-events";

        Reply bad = clinic.post(events, """
                {"date": "yesterday", "severity": "life-threatening", "description": "", "grade": 3}""");
        Reply early = clinic.post(events, """
                {"date": "2026-03-01", "severity": "mild", "description": "Bruising."}""");

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactly("grade", "date", "severity", "description");
        assertThat(bad.errorMessage("severity")).isEqualTo("expected one of mild, moderate, severe, serious");
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.errorFields()).containsExactly("date");
        assertThat(clinic.rows("adverse_event")).isZero();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void anotherClinicsCourseHasNoAdverseEventsToShowOrAdd(DatabaseKind database) {
        TestApp app = RunningApps.on(database);
        TestClinic mine = TestClinic.in(app);
        TestClinic theirs = TestClinic.in(app);
        String events = "/api/clinic/courses/" + theirs.course(theirs.patient("Their Patient"), "2026-03-02")
                + "/adverse-events";

        Reply add = mine.post(events, "{\"date\": \"2026-03-03\", \"severity\": \"mild\", \"description\": \"x\"}");
        Reply list = mine.get(events);

        assertThat(add.status()).isEqualTo(404);
        assertThat(list.status()).isEqualTo(404);
        assertThat(theirs.rows("adverse_event")).isZero();
        assertThat(mine.audit()).isEmpty();
    }
}
