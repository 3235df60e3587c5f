package org.spinechoice.app.clinic.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.spinechoice.treatment.SessionDetails;

/** A session of a treatment course as stored: when it was given and what was given. */
public record TreatmentSession(String id, String courseId, LocalDate date, SessionDetails details, Instant createdAt) {

    public TreatmentSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(courseId, "courseId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
