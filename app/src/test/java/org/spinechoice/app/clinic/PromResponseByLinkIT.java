package org.spinechoice.app.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.spinechoice.app.DatabaseKind;
import org.spinechoice.app.access.PatientLinkHolder;
import org.spinechoice.app.access.Role;
import org.spinechoice.app.access.StaffMember;
import org.spinechoice.app.audit.AuditLog;
import org.spinechoice.app.clinic.course.JdbcCourseRepository;
import org.spinechoice.app.clinic.outcome.CourseOutcomeStore;
import org.spinechoice.app.clinic.patient.JdbcPatientRepository;
import org.spinechoice.app.clinic.promresponse.AnsweredQuestionnaire;
import org.spinechoice.app.clinic.promresponse.JdbcPromResponseRepository;
import org.spinechoice.app.clinic.promresponse.PromResponse;
import org.spinechoice.app.clinic.promresponse.PromResponseService;
import org.spinechoice.app.clinic.promresponse.ResponseSource;
import org.spinechoice.app.clinic.record.Actor;
import org.spinechoice.app.clinic.record.Outcome;
import org.spinechoice.app.clinic.wording.JdbcQuestionnaireWordingRepository;
import org.spinechoice.app.platform.Json;
import org.spinechoice.prom.Instrument;

/**
 * What a patient may record through their personal link, through the service the link pages call: their own
 * answers to a patient-answered questionnaire, audited under the link, nothing else.
 */
class PromResponseByLinkIT {

    private static final Map<String, Integer> NRS = Map.of("nrs", 6);

    @AfterAll
    static void stop() {
        RunningApps.stopAll();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aPatientRecordsTheirOwnAnswersUnderTheirLink(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        String patient = clinic.patient("Maria Keller");
        PatientLinkHolder link = clinic.patientLink(patient);

        Outcome<PromResponse> recorded = service(clinic)
                .record(actor(link), patient, answered(Instrument.NRS_LEG, NRS), ResponseSource.PATIENT_LINK);

        PromResponse response = ((Outcome.Done<PromResponse>) recorded).value();
        assertThat(response.source()).isEqualTo(ResponseSource.PATIENT_LINK);
        assertThat(clinic.rowsOf("prom_response").get(0).get("source")).isEqualTo("patient-link");
        String actor = clinic.jdbi()
                .withHandle(handle -> handle.createQuery(
                                "SELECT actor FROM audit_entry WHERE clinic_id = :clinic AND entity = 'prom-response'")
                        .bind("clinic", clinic.id)
                        .mapTo(String.class)
                        .one());
        assertThat(actor).isEqualTo(link.auditName());
        assertThat(clinic.auditIntact()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aLinkRecordsNothingForAnotherPatientAndNoClinicianRating(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        String patient = clinic.patient("Maria Keller");
        String other = clinic.patient("Anna Keller");
        Actor link = actor(clinic.patientLink(patient));
        PromResponseService service = service(clinic);

        Outcome<PromResponse> forOther =
                service.record(link, other, answered(Instrument.NRS_LEG, NRS), ResponseSource.PATIENT_LINK);
        Outcome<PromResponse> mjoa = service.record(
                link,
                patient,
                answered(
                        Instrument.MJOA,
                        Map.of(
                                "mjoa-upper-motor",
                                5,
                                "mjoa-lower-motor",
                                7,
                                "mjoa-upper-sensory",
                                3,
                                "mjoa-bladder",
                                3)),
                ResponseSource.PATIENT_LINK);

        assertThat(forOther).isInstanceOf(Outcome.NotFound.class);
        assertThat(((Outcome.Refused<PromResponse>) mjoa).errors())
                .singleElement()
                .satisfies(error -> assertThat(error.field()).isEqualTo("instrument"));
        assertThat(clinic.rows("prom_response")).isZero();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> service.record(link, patient, answered(Instrument.NRS_LEG, NRS), ResponseSource.API));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> service.record(
                        new Actor(
                                new StaffMember(
                                        clinic.userId(clinic.clinician),
                                        clinic.id,
                                        clinic.clinician.email(),
                                        Role.CLINICIAN),
                                "127.0.0.1"),
                        patient,
                        answered(Instrument.NRS_LEG, NRS),
                        ResponseSource.PATIENT_LINK));
    }

    private static PromResponseService service(TestClinic clinic) {
        Clock clock = Clock.systemUTC();
        return new PromResponseService(
                clinic.jdbi(),
                new JdbcPatientRepository(),
                new JdbcCourseRepository(),
                new JdbcPromResponseRepository(Json.mapper()),
                new JdbcQuestionnaireWordingRepository(),
                new CourseOutcomeStore(),
                new AuditLog(clock),
                clock);
    }

    private static Actor actor(PatientLinkHolder link) {
        return new Actor(link, "127.0.0.1");
    }

    private static AnsweredQuestionnaire answered(Instrument instrument, Map<String, Integer> answers) {
        return new AnsweredQuestionnaire(
                instrument,
                LocalDate.parse("2026-03-01"),
                answers,
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }
}
