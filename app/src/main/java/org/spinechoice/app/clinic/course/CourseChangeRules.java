package org.spinechoice.app.clinic.course;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.spinechoice.app.platform.Problem;
import org.spinechoice.treatment.CourseStatus;

/**
 * Whether a change may be made to a course as it stands: an ended course keeps its plan and status (only the reason
 * it ended may be corrected), a status moves only as {@link CourseStatus} allows, and the end reason fits the status
 * that results. Pure and thread-safe.
 */
final class CourseChangeRules {

    private CourseChangeRules() {}

    /** Every refused member of the change, by JSON path; empty when the change is allowed. */
    static List<Problem.FieldError> problems(TreatmentCourse course, CourseChange change) {
        List<Problem.FieldError> problems = new ArrayList<>();
        CourseStatus from = course.status();
        if (from.isFinal()) {
            String ended = "This course is " + from.id()
                    + ", which is final: only its end reason may still be corrected. To treat again, record a new course.";
            changes(change.status(), course.status(), "status", ended, problems);
            changes(change.plannedSessions(), course.plannedSessions(), "plannedSessions", ended, problems);
            changes(change.intervalWeeks(), course.intervalWeeks(), "intervalWeeks", ended, problems);
            changes(change.clinician(), course.clinician().orElse(null), "clinician", ended, problems);
        } else {
            change.status()
                    .filter(to -> !from.mayBecome(to))
                    .ifPresent(to -> problems.add(new Problem.FieldError(
                            "status",
                            "A " + from.id() + " course may become " + ids(from) + ", not " + to.id() + ".")));
        }
        if (problems.isEmpty()) {
            TreatmentCourse changed = course.with(change);
            NewCourse.endReasonProblem(changed.status(), changed.endReason())
                    .ifPresent(problem -> problems.add(new Problem.FieldError("endReason", problem)));
        }
        return problems;
    }

    private static <T> void changes(
            Optional<T> value, T stored, String field, String message, List<Problem.FieldError> problems) {
        if (value.isPresent() && !Objects.equals(value.get(), stored)) {
            problems.add(new Problem.FieldError(field, message));
        }
    }

    private static String ids(CourseStatus from) {
        return from.next().stream().sorted().map(CourseStatus::id).collect(Collectors.joining(" or "));
    }
}
