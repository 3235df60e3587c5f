package org.spinechoice.app.clinic.questionnaire;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.spinechoice.app.access.PatientLinkHolder;
import org.spinechoice.app.audit.AuditLog;
import org.spinechoice.app.clinic.course.JdbcCourseRepository;
import org.spinechoice.app.clinic.course.TreatmentCourse;
import org.spinechoice.app.clinic.promresponse.AnsweredTimepoint;
import org.spinechoice.app.clinic.promresponse.CourseSchedule;
import org.spinechoice.app.clinic.promresponse.JdbcPromResponseRepository;
import org.spinechoice.app.clinic.record.Actor;
import org.spinechoice.prom.Instrument;
import org.spinechoice.prom.Timepoint;

/**
 * The questionnaires a patient may answer now through their personal link: for each of their treatment courses,
 * whatever its status, the instruments its schedule ({@link CourseSchedule}, the rule the clinic's pages use too)
 * marks due or overdue today, the clinician-rated ones left out. It reads only the link holder's own patient's courses
 * and answers, in the holder's clinic, and records each read in the audit log under the link. Thread-safe.
 */
public final class DueQuestionnaireService {

    static final String ENTITY = "prom-schedule";

    private final Jdbi jdbi;
    private final JdbcCourseRepository courses;
    private final JdbcPromResponseRepository responses;
    private final AuditLog audit;

    public DueQuestionnaireService(
            Jdbi jdbi, JdbcCourseRepository courses, JdbcPromResponseRepository responses, AuditLog audit) {
        this.jdbi = jdbi;
        this.courses = courses;
        this.responses = responses;
        this.audit = audit;
    }

    /** What the patient may answer today, the one to send first first. */
    public List<DueQuestionnaire> list(Actor actor, LocalDate today) {
        PatientLinkHolder holder = holder(actor);
        return jdbi.inTransaction(handle -> {
            List<DueQuestionnaire> due =
                    due(handle, holder, courses.ofPatient(handle, holder.clinicId(), holder.patientId()), today);
            audit.append(handle, actor.listed(ENTITY, Optional.of(holder.patientId())));
            return due;
        });
    }

    /** One questionnaire, when the patient may answer it today; empty when they have no such course or it is not due. */
    public Optional<DueQuestionnaire> find(
            Actor actor, String courseId, Timepoint timepoint, Instrument instrument, LocalDate today) {
        PatientLinkHolder holder = holder(actor);
        return jdbi.inTransaction(handle -> {
            Optional<TreatmentCourse> course = courses.find(handle, holder.clinicId(), courseId)
                    .filter(found -> found.patientId().equals(holder.patientId()));
            if (course.isEmpty()) {
                return Optional.empty();
            }
            audit.append(handle, actor.read(ENTITY, courseId, holder.patientId()));
            return due(handle, holder, List.of(course.get()), today).stream()
                    .filter(due -> due.is(courseId, timepoint, instrument))
                    .findFirst();
        });
    }

    private List<DueQuestionnaire> due(
            Handle handle, PatientLinkHolder holder, List<TreatmentCourse> ofPatient, LocalDate today) {
        List<AnsweredTimepoint> answered =
                responses.ofPatient(handle, holder.clinicId(), holder.patientId(), Optional.empty()).stream()
                        .map(AnsweredTimepoint::of)
                        .toList();
        return ofPatient.stream()
                .flatMap(course ->
                        CourseSchedule.of(course.id(), course.region(), course.startDate(), answered, today).stream()
                                .filter(scheduled -> scheduled.state().actionable()
                                        && scheduled.instrument().answerableByLink())
                                .map(scheduled -> DueQuestionnaire.of(course.id(), course.startDate(), scheduled)))
                .sorted(Comparator.comparing(DueQuestionnaire::answerBy))
                .toList();
    }

    private static PatientLinkHolder holder(Actor actor) {
        if (actor.principal() instanceof PatientLinkHolder holder) {
            return holder;
        }
        throw new IllegalStateException("the questionnaires due on a link are read by the link's holder only");
    }
}
