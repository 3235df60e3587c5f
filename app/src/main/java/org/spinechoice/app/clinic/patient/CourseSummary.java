package org.spinechoice.app.clinic.patient;

import java.time.LocalDate;
import java.util.Objects;
import org.spinechoice.treatment.CourseStatus;
import org.spinechoice.vocabulary.OptionId;
import org.spinechoice.vocabulary.SpinalRegion;

/** One of a patient's treatment courses, as the patient's record lists it: what, where, since when, how far. */
public record CourseSummary(
        String id,
        OptionId option,
        SpinalRegion region,
        CourseStatus status,
        LocalDate startDate,
        int plannedSessions,
        int sessionsRecorded) {

    public CourseSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startDate, "startDate");
    }
}
