package org.spinechoice.app.clinic.adverseevent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.spinechoice.treatment.AdverseEventSeverity;

/** An adverse event of a treatment course as stored. */
public record AdverseEvent(
        String id,
        String courseId,
        LocalDate date,
        AdverseEventSeverity severity,
        String description,
        Optional<String> outcome,
        Instant createdAt) {

    public AdverseEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(courseId, "courseId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    static AdverseEvent of(String id, String courseId, NewAdverseEvent event, Instant createdAt) {
        return new AdverseEvent(
                id, courseId, event.date(), event.severity(), event.description(), event.outcome(), createdAt);
    }
}
