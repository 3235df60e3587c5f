package org.spinechoice.app.clinic.promresponse;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.spinechoice.app.access.PatientLinkHolder;
import org.spinechoice.app.audit.AuditLog;
import org.spinechoice.app.clinic.course.JdbcCourseRepository;
import org.spinechoice.app.clinic.course.TreatmentCourse;
import org.spinechoice.app.clinic.outcome.CourseOutcomeStore;
import org.spinechoice.app.clinic.patient.JdbcPatientRepository;
import org.spinechoice.app.clinic.patient.PatientService;
import org.spinechoice.app.clinic.record.Actor;
import org.spinechoice.app.clinic.record.Outcome;
import org.spinechoice.app.clinic.wording.JdbcQuestionnaireWordingRepository;
import org.spinechoice.app.platform.DbTime;
import org.spinechoice.app.prom.SpineChoiceWording;
import org.spinechoice.prom.Instrument;
import org.spinechoice.prom.PlacedTimepoint;
import org.spinechoice.prom.PromScore;
import org.spinechoice.prom.TimepointPlacement;

/**
 * Patients' questionnaire responses: scoring, placing at a time point ({@code spec/proms.md}) and storing them, and
 * listing them. Staff record any instrument; a patient link holder only their own patient's, and never a
 * clinician-rated one. Each call is one transaction that does the work and writes its audit entry. Thread-safe.
 */
public final class PromResponseService {

    static final String ENTITY = "prom-response";

    private final Jdbi jdbi;
    private final JdbcPatientRepository patients;
    private final JdbcCourseRepository courses;
    private final JdbcPromResponseRepository responses;
    private final JdbcQuestionnaireWordingRepository wordings;
    private final CourseOutcomeStore outcomes;
    private final AuditLog audit;
    private final Clock clock;

    public PromResponseService(
            Jdbi jdbi,
            JdbcPatientRepository patients,
            JdbcCourseRepository courses,
            JdbcPromResponseRepository responses,
            JdbcQuestionnaireWordingRepository wordings,
            CourseOutcomeStore outcomes,
            AuditLog audit,
            Clock clock) {
        this.jdbi = jdbi;
        this.patients = patients;
        this.courses = courses;
        this.responses = responses;
        this.wordings = wordings;
        this.outcomes = outcomes;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Scores and stores a response. Answers too incomplete to score are refused here as a safety net; call
     * {@link AnsweredQuestionnaire#score()} first to tell the person which items are missing.
     *
     * @param source {@link ResponseSource#PATIENT_LINK} exactly when the actor holds a patient link
     */
    public Outcome<PromResponse> record(
            Actor actor, String patientId, AnsweredQuestionnaire answered, ResponseSource source) {
        boolean byLink = actor.principal() instanceof PatientLinkHolder;
        if (byLink != (source == ResponseSource.PATIENT_LINK)) {
            throw new IllegalArgumentException("a patient link records as patient-link, staff as api or clinic");
        }
        if (actor.principal() instanceof PatientLinkHolder holder) {
            if (!holder.patientId().equals(patientId)) {
                return new Outcome.NotFound<>(PatientService.NOT_FOUND);
            }
            if (!answered.instrument().answerableByLink()) {
                return Outcome.refused(
                        "instrument",
                        "The " + answered.instrument().title()
                                + " is rated by a clinician, not answered by the patient.");
            }
        }
        PromScore score = answered.score();
        if (score instanceof PromScore.Incomplete incomplete) {
            return Outcome.refused("answers", incomplete.reason());
        }
        return jdbi.inTransaction(
                handle -> store(handle, actor, patientId, answered, (PromScore.Scored) score, source));
    }

    /** A patient's responses, newest first, to one instrument or all; empty when the clinic has no such patient. */
    public Optional<List<PromResponse>> ofPatient(Actor actor, String patientId, Optional<Instrument> instrument) {
        actor.requireStaff();
        return jdbi.inTransaction(handle -> {
            if (!patients.exists(handle, actor.clinicId(), patientId)) {
                return Optional.empty();
            }
            List<PromResponse> list = responses.ofPatient(handle, actor.clinicId(), patientId, instrument);
            audit.append(handle, actor.listed(ENTITY, Optional.of(patientId)));
            return Optional.of(list);
        });
    }

    private Outcome<PromResponse> store(
            Handle handle,
            Actor actor,
            String patientId,
            AnsweredQuestionnaire answered,
            PromScore.Scored score,
            ResponseSource source) {
        if (!patients.exists(handle, actor.clinicId(), patientId)) {
            return new Outcome.NotFound<>(PatientService.NOT_FOUND);
        }
        Optional<TreatmentCourse> course = answered.courseId()
                .flatMap(id -> courses.find(handle, actor.clinicId(), id))
                .filter(found -> found.patientId().equals(patientId));
        if (answered.courseId().isPresent() && course.isEmpty()) {
            return Outcome.refused("courseId", "This patient has no treatment course with this id.");
        }
        String version = answered.questionnaireVersion().orElse(SpineChoiceWording.VERSION);
        if (!version.equals(SpineChoiceWording.VERSION)
                && !wordings.hasVersion(handle, actor.clinicId(), answered.instrument(), version)) {
            return Outcome.refused(
                    "questionnaireVersion",
                    "This is neither our wording (" + SpineChoiceWording.VERSION + ") nor a wording of "
                            + answered.instrument().id() + " your clinic imported.");
        }
        PlacedTimepoint placed = TimepointPlacement.place(
                answered.takenOn(), course.map(TreatmentCourse::startDate), answered.timepoint());
        PromResponse response = new PromResponse(
                UUID.randomUUID().toString(),
                patientId,
                answered.courseId(),
                answered.instrument(),
                answered.takenOn(),
                placed,
                answered.answers(),
                score,
                version,
                source,
                DbTime.now(clock));
        responses.insert(handle, actor.clinicId(), response);
        outcomes.refreshPatient(handle, actor.clinicId(), patientId, answered.instrument());
        audit.append(handle, actor.created(ENTITY, response.id(), patientId));
        return new Outcome.Done<>(response);
    }
}
