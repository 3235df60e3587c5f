package org.spinechoice.app.clinic.course;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.spinechoice.treatment.CourseStatus;
import org.spinechoice.vocabulary.OptionId;
import org.spinechoice.vocabulary.SpinalRegion;

/** A patient's treatment course as stored. Its start date is day 0 for the follow-up questionnaires. */
public record TreatmentCourse(
        String id,
        String patientId,
        OptionId option,
        SpinalRegion region,
        Optional<String> clinician,
        LocalDate startDate,
        int plannedSessions,
        int intervalWeeks,
        CourseStatus status,
        Optional<String> endReason,
        Instant createdAt) {

    public TreatmentCourse {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(clinician, "clinician");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(endReason, "endReason");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    static TreatmentCourse of(String id, String patientId, NewCourse course, String clinician, Instant createdAt) {
        return new TreatmentCourse(
                id,
                patientId,
                course.option(),
                course.region(),
                Optional.of(clinician),
                course.startDate(),
                course.plannedSessions(),
                course.intervalWeeks(),
                course.status(),
                course.endReason(),
                createdAt);
    }

    /** This course with a change applied; the members the change leaves out stay as they are. */
    TreatmentCourse with(CourseChange change) {
        return new TreatmentCourse(
                id,
                patientId,
                option,
                region,
                change.clinician().or(() -> clinician),
                startDate,
                change.plannedSessions().orElse(plannedSessions),
                change.intervalWeeks().orElse(intervalWeeks),
                change.status().orElse(status),
                change.endReason().or(() -> endReason),
                createdAt);
    }
}
