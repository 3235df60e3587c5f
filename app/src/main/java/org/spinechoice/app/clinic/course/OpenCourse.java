package org.spinechoice.app.clinic.course;

import java.time.LocalDate;
import java.util.Objects;
import org.spinechoice.treatment.CourseStatus;
import org.spinechoice.vocabulary.OptionId;
import org.spinechoice.vocabulary.SpinalRegion;

/**
 * A planned or active course with its patient's name: what the clinic's list of due questionnaires needs of it, read
 * in one query for the whole clinic.
 */
public record OpenCourse(
        String id,
        String patientId,
        String patientName,
        OptionId option,
        SpinalRegion region,
        CourseStatus status,
        LocalDate startDate) {

    public OpenCourse {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(patientName, "patientName");
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startDate, "startDate");
        if (status.isFinal()) {
            throw new IllegalArgumentException("an open course has not ended");
        }
    }
}
