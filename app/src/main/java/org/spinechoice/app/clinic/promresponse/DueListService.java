package org.spinechoice.app.clinic.promresponse;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.spinechoice.app.audit.AuditLog;
import org.spinechoice.app.clinic.course.JdbcCourseRepository;
import org.spinechoice.app.clinic.course.OpenCourse;
import org.spinechoice.app.clinic.record.Actor;
import org.spinechoice.prom.FollowUpWindow;
import org.spinechoice.prom.PromSchedule;
import org.spinechoice.prom.ScheduledQuestionnaire;
import org.spinechoice.prom.Timepoint;

/**
 * The clinic's due and overdue questionnaires across its planned and active courses, from two queries for the whole
 * clinic: the courses whose schedule may still be open, and the responses they may count. A course that started more
 * than a year and six weeks ago has no window left open, so it is not read. One transaction with one audit entry (a
 * list read). Only staff may call it. Thread-safe.
 */
public final class DueListService {

    static final String ENTITY = "due-questionnaire";

    /** The last course day any follow-up window is open: the 12-month window's. */
    private static final int LAST_OPEN_DAY = PromSchedule.TIMEPOINTS.stream()
            .map(Timepoint::window)
            .flatMap(Optional::stream)
            .mapToInt(FollowUpWindow::lastDay)
            .max()
            .orElseThrow();

    private final Jdbi jdbi;
    private final JdbcCourseRepository courses;
    private final JdbcPromResponseRepository responses;
    private final AuditLog audit;
    private final Clock clock;

    public DueListService(
            Jdbi jdbi,
            JdbcCourseRepository courses,
            JdbcPromResponseRepository responses,
            AuditLog audit,
            Clock clock) {
        this.jdbi = jdbi;
        this.courses = courses;
        this.responses = responses;
        this.audit = audit;
        this.clock = clock;
    }

    /** Today's list, at most {@code limit} rows, with the counts of all of them. */
    public DueList due(Actor actor, int limit) {
        actor.requireStaff();
        LocalDate today = LocalDate.now(clock);
        LocalDate startedFrom = today.minusDays(LAST_OPEN_DAY);
        return jdbi.inTransaction(handle -> {
            List<OpenCourse> open = courses.openSince(handle, actor.clinicId(), startedFrom);
            Map<String, List<AnsweredTimepoint>> answered =
                    responses.answeredForOpenCourses(handle, actor.clinicId(), startedFrom);
            audit.append(handle, actor.listed(ENTITY, Optional.empty()));
            List<DueQuestionnaires> rows = new ArrayList<>();
            for (OpenCourse course : open) {
                rows.addAll(dueRows(course, answered.getOrDefault(course.id(), List.of()), today));
            }
            rows.sort(Comparator.comparing(DueQuestionnaires::target)
                    .thenComparing(row -> row.course().patientName())
                    .thenComparing(row -> row.course().id()));
            int questionnaires =
                    rows.stream().mapToInt(row -> row.instruments().size()).sum();
            return new DueList(today, rows.subList(0, Math.min(limit, rows.size())), rows.size(), questionnaires);
        });
    }

    private static List<DueQuestionnaires> dueRows(
            OpenCourse course, List<AnsweredTimepoint> answered, LocalDate today) {
        Map<Timepoint, List<ScheduledQuestionnaire>> byTimepoint = new LinkedHashMap<>();
        for (ScheduledQuestionnaire scheduled :
                CourseSchedule.of(course.id(), course.region(), course.startDate(), answered, today)) {
            if (scheduled.state().actionable()) {
                byTimepoint
                        .computeIfAbsent(scheduled.timepoint(), timepoint -> new ArrayList<>())
                        .add(scheduled);
            }
        }
        List<DueQuestionnaires> rows = new ArrayList<>();
        byTimepoint.forEach((timepoint, due) -> rows.add(new DueQuestionnaires(
                course,
                timepoint,
                due.stream().map(ScheduledQuestionnaire::instrument).toList(),
                due.get(0).target(),
                due.get(0).closes(),
                due.get(0).state())));
        return rows;
    }
}
