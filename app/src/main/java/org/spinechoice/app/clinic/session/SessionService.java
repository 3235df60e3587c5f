package org.spinechoice.app.clinic.session;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.spinechoice.app.audit.AuditLog;
import org.spinechoice.app.clinic.course.CourseService;
import org.spinechoice.app.clinic.course.JdbcCourseRepository;
import org.spinechoice.app.clinic.course.TreatmentCourse;
import org.spinechoice.app.clinic.record.Actor;
import org.spinechoice.app.clinic.record.Outcome;
import org.spinechoice.app.platform.DbTime;
import org.spinechoice.treatment.SessionDetails;

/**
 * The sessions of treatment courses: recording and listing them. A session is never dated before its course
 * started, and a clinician it names belongs to the clinic. Each call is one transaction that does the work and
 * writes its audit entry. Only staff may call it. Thread-safe.
 */
public final class SessionService {

    static final String ENTITY = "session";

    private final Jdbi jdbi;
    private final JdbcCourseRepository courses;
    private final JdbcSessionRepository sessions;
    private final AuditLog audit;
    private final Clock clock;

    public SessionService(
            Jdbi jdbi, JdbcCourseRepository courses, JdbcSessionRepository sessions, AuditLog audit, Clock clock) {
        this.jdbi = jdbi;
        this.courses = courses;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    public Outcome<TreatmentSession> create(Actor actor, String courseId, NewSession input) {
        actor.requireStaff();
        return jdbi.inTransaction(handle -> {
            Optional<TreatmentCourse> course = courses.find(handle, actor.clinicId(), courseId);
            if (course.isEmpty()) {
                return new Outcome.NotFound<>(CourseService.NOT_FOUND);
            }
            if (input.date().isBefore(course.get().startDate())) {
                return Outcome.refused(
                        "date",
                        "A session cannot be dated before its course started, on "
                                + course.get().startDate() + ".");
            }
            Optional<String> clinician = input.details() instanceof SessionDetails.Injection injection
                    ? injection.clinician()
                    : Optional.empty();
            if (clinician.isPresent() && !courses.isClinicStaff(handle, actor.clinicId(), clinician.get())) {
                return Outcome.refused("details.clinician", CourseService.NO_SUCH_CLINICIAN);
            }
            TreatmentSession session = new TreatmentSession(
                    UUID.randomUUID().toString(), courseId, input.date(), input.details(), DbTime.now(clock));
            sessions.insert(handle, actor.clinicId(), session);
            audit.append(
                    handle, actor.created(ENTITY, session.id(), course.get().patientId()));
            return new Outcome.Done<>(session);
        });
    }

    /** A course's sessions in the order given; empty when the clinic has no such course. */
    public Optional<List<TreatmentSession>> ofCourse(Actor actor, String courseId) {
        actor.requireStaff();
        return jdbi.inTransaction(handle -> {
            Optional<TreatmentCourse> course = courses.find(handle, actor.clinicId(), courseId);
            if (course.isEmpty()) {
                return Optional.empty();
            }
            List<TreatmentSession> list = sessions.ofCourse(handle, actor.clinicId(), courseId);
            audit.append(handle, actor.listed(ENTITY, Optional.of(course.get().patientId())));
            return Optional.of(list);
        });
    }
}
