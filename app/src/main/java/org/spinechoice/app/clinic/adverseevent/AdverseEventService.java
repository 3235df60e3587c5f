package org.spinechoice.app.clinic.adverseevent;

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

/**
 * Adverse events of treatment courses: recording and listing them. An event of a treatment cannot happen before the
 * treatment started; it may be recorded after the course has ended. Each call is one transaction that does the work
 * and writes its audit entry. Only staff may call it. Thread-safe.
 */
public final class AdverseEventService {

    static final String ENTITY = "adverse-event";

    private final Jdbi jdbi;
    private final JdbcCourseRepository courses;
    private final JdbcAdverseEventRepository events;
    private final AuditLog audit;
    private final Clock clock;

    public AdverseEventService(
            Jdbi jdbi, JdbcCourseRepository courses, JdbcAdverseEventRepository events, AuditLog audit, Clock clock) {
        this.jdbi = jdbi;
        this.courses = courses;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    public Outcome<AdverseEvent> create(Actor actor, String courseId, NewAdverseEvent input) {
        actor.requireStaff();
        return jdbi.inTransaction(handle -> {
            Optional<TreatmentCourse> course = courses.find(handle, actor.clinicId(), courseId);
            if (course.isEmpty()) {
                return new Outcome.NotFound<>(CourseService.NOT_FOUND);
            }
            if (input.date().isBefore(course.get().startDate())) {
                return Outcome.refused(
                        "date",
                        "An adverse event of a course cannot be dated before the course started, on "
                                + course.get().startDate() + ".");
            }
            AdverseEvent event = AdverseEvent.of(UUID.randomUUID().toString(), courseId, input, DbTime.now(clock));
            events.insert(handle, actor.clinicId(), event);
            audit.append(handle, actor.created(ENTITY, event.id(), course.get().patientId()));
            return new Outcome.Done<>(event);
        });
    }

    /** A course's adverse events in the order they happened; empty when the clinic has no such course. */
    public Optional<List<AdverseEvent>> ofCourse(Actor actor, String courseId) {
        actor.requireStaff();
        return jdbi.inTransaction(handle -> {
            Optional<TreatmentCourse> course = courses.find(handle, actor.clinicId(), courseId);
            if (course.isEmpty()) {
                return Optional.empty();
            }
            List<AdverseEvent> list = events.ofCourse(handle, actor.clinicId(), courseId);
            audit.append(handle, actor.listed(ENTITY, Optional.of(course.get().patientId())));
            return Optional.of(list);
        });
    }
}
