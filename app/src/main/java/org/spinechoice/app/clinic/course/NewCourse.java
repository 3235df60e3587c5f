package org.spinechoice.app.clinic.course;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.spinechoice.treatment.CourseStatus;
import org.spinechoice.vocabulary.OptionId;
import org.spinechoice.vocabulary.SpinalRegion;

/**
 * A treatment course about to be recorded for a patient, every field checked ({@link CourseReader} reads one from a
 * request). Whether the clinician belongs to the clinic depends on what is stored, so the service checks that.
 *
 * @param clinician the member of staff in charge; empty means whoever records the course
 * @param plannedSessions how many sessions are planned, e.g. 3 to 6 for prolotherapy
 * @param intervalWeeks the planned weeks between sessions; 0 for a single session or daily care
 */
public record NewCourse(
        OptionId option,
        SpinalRegion region,
        Optional<String> clinician,
        LocalDate startDate,
        int plannedSessions,
        int intervalWeeks,
        CourseStatus status,
        Optional<String> endReason) {

    public static final int MAX_PLANNED_SESSIONS = 100;
    public static final int MAX_INTERVAL_WEEKS = 52;
    public static final int MAX_END_REASON_LENGTH = 500;

    public NewCourse {
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(clinician, "clinician");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(endReason, "endReason");
        if (!option.regions().contains(region)) {
            throw new IllegalArgumentException(option.id() + " is not given for the " + region.id() + " spine");
        }
        if (plannedSessions < 1 || plannedSessions > MAX_PLANNED_SESSIONS) {
            throw new IllegalArgumentException("planned sessions 1 to " + MAX_PLANNED_SESSIONS);
        }
        if (intervalWeeks < 0 || intervalWeeks > MAX_INTERVAL_WEEKS) {
            throw new IllegalArgumentException("interval 0 to " + MAX_INTERVAL_WEEKS + " weeks");
        }
        endReasonProblem(status, endReason).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
    }

    /**
     * What is wrong with an end reason for a course with this status, if anything: a stopped course says why it was
     * stopped, and only an ended course has an end reason.
     */
    public static Optional<String> endReasonProblem(CourseStatus status, Optional<String> endReason) {
        if (status == CourseStatus.STOPPED && endReason.isEmpty()) {
            return Optional.of("required when a course is stopped: say why it was stopped");
        }
        if (!status.isFinal() && endReason.isPresent()) {
            return Optional.of("only a completed or stopped course has an end reason");
        }
        return Optional.empty();
    }
}
