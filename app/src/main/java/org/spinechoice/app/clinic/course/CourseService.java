package org.spinechoice.app.clinic.course;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.spinechoice.app.access.StaffMember;
import org.spinechoice.app.audit.AuditLog;
import org.spinechoice.app.clinic.outcome.CourseOutcomeStore;
import org.spinechoice.app.clinic.patient.JdbcPatientRepository;
import org.spinechoice.app.clinic.patient.PatientService;
import org.spinechoice.app.clinic.record.Actor;
import org.spinechoice.app.clinic.record.Outcome;
import org.spinechoice.app.platform.DbTime;
import org.spinechoice.app.platform.Problem;

/**
 * Patients' treatment courses: recording, reading, listing and changing them. Each call is one transaction that does
 * the work and writes its audit entry. Only staff may call it. Thread-safe.
 */
public final class CourseService {

    /** The answer for a course the clinic does not have, whether or not another clinic has one with that id. */
    public static final String NOT_FOUND = "Your clinic has no treatment course with this id.";

    static final String ENTITY = "course";

    /** The refusal of a clinician the clinic does not have. */
    public static final String NO_SUCH_CLINICIAN = "Your clinic has no member of staff with this id.";

    private final Jdbi jdbi;
    private final JdbcPatientRepository patients;
    private final JdbcCourseRepository courses;
    private final CourseOutcomeStore outcomes;
    private final AuditLog audit;
    private final Clock clock;

    public CourseService(
            Jdbi jdbi,
            JdbcPatientRepository patients,
            JdbcCourseRepository courses,
            CourseOutcomeStore outcomes,
            AuditLog audit,
            Clock clock) {
        this.jdbi = jdbi;
        this.patients = patients;
        this.courses = courses;
        this.outcomes = outcomes;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records a course for a patient; its clinician is whoever records it unless another is named. */
    public Outcome<TreatmentCourse> create(Actor actor, String patientId, NewCourse input) {
        StaffMember staff = actor.staff();
        return jdbi.inTransaction(handle -> {
            if (!patients.exists(handle, actor.clinicId(), patientId)) {
                return new Outcome.NotFound<>(PatientService.NOT_FOUND);
            }
            if (!isClinicStaff(handle, actor, input.clinician())) {
                return Outcome.refused("clinician", NO_SUCH_CLINICIAN);
            }
            TreatmentCourse course = TreatmentCourse.of(
                    UUID.randomUUID().toString(),
                    patientId,
                    input,
                    input.clinician().orElse(staff.userId()),
                    DbTime.now(clock));
            courses.insert(handle, actor.clinicId(), course);
            // A baseline the patient answered before the course was recorded already counts for it.
            outcomes.refreshPatient(handle, actor.clinicId(), patientId);
            audit.append(handle, actor.created(ENTITY, course.id(), patientId));
            return new Outcome.Done<>(course);
        });
    }

    public Optional<TreatmentCourse> find(Actor actor, String courseId) {
        actor.requireStaff();
        return jdbi.inTransaction(handle -> {
            Optional<TreatmentCourse> course = courses.find(handle, actor.clinicId(), courseId);
            course.ifPresent(found -> audit.append(handle, actor.read(ENTITY, found.id(), found.patientId())));
            return course;
        });
    }

    /** A patient's courses, newest first; empty when the clinic has no such patient. */
    public Optional<List<TreatmentCourse>> ofPatient(Actor actor, String patientId) {
        actor.requireStaff();
        return jdbi.inTransaction(handle -> {
            if (!patients.exists(handle, actor.clinicId(), patientId)) {
                return Optional.empty();
            }
            List<TreatmentCourse> list = courses.ofPatient(handle, actor.clinicId(), patientId);
            audit.append(handle, actor.listed(ENTITY, Optional.of(patientId)));
            return Optional.of(list);
        });
    }

    /** Changes a course's status, plan, clinician or end reason, when {@link CourseChangeRules} allow it. */
    public Outcome<TreatmentCourse> change(Actor actor, String courseId, CourseChange change) {
        actor.requireStaff();
        return jdbi.inTransaction(handle -> {
            Optional<TreatmentCourse> stored = courses.findForUpdate(handle, actor.clinicId(), courseId);
            if (stored.isEmpty()) {
                return new Outcome.NotFound<>(NOT_FOUND);
            }
            List<Problem.FieldError> problems = CourseChangeRules.problems(stored.get(), change);
            if (!problems.isEmpty()) {
                String detail = problems.size() == 1
                        ? problems.get(0).message()
                        : "The change was refused; each reason is listed in errors.";
                return new Outcome.Refused<>(detail, problems);
            }
            if (!isClinicStaff(handle, actor, change.clinician())) {
                return Outcome.refused("clinician", NO_SUCH_CLINICIAN);
            }
            TreatmentCourse changed = stored.get().with(change);
            courses.update(handle, actor.clinicId(), changed);
            audit.append(handle, actor.updated(ENTITY, changed.id(), changed.patientId()));
            return new Outcome.Done<>(changed);
        });
    }

    private boolean isClinicStaff(Handle handle, Actor actor, Optional<String> clinician) {
        return clinician.isEmpty() || courses.isClinicStaff(handle, actor.clinicId(), clinician.get());
    }
}
