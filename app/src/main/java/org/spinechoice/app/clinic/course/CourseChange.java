package org.spinechoice.app.clinic.course;

import java.util.Objects;
import java.util.Optional;
import org.spinechoice.treatment.CourseStatus;

/**
 * What a {@code PATCH} of a course changes; a member left out stays as it is. Each value is checked on its own here;
 * whether the change as a whole is allowed depends on the stored course, so {@link CourseService} decides that.
 */
public record CourseChange(
        Optional<CourseStatus> status,
        Optional<String> endReason,
        Optional<Integer> plannedSessions,
        Optional<Integer> intervalWeeks,
        Optional<String> clinician) {

    public CourseChange {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(endReason, "endReason");
        Objects.requireNonNull(plannedSessions, "plannedSessions");
        Objects.requireNonNull(intervalWeeks, "intervalWeeks");
        Objects.requireNonNull(clinician, "clinician");
        if (status.isEmpty()
                && endReason.isEmpty()
                && plannedSessions.isEmpty()
                && intervalWeeks.isEmpty()
                && clinician.isEmpty()) {
            throw new IllegalArgumentException("a change changes something");
        }
    }
}
