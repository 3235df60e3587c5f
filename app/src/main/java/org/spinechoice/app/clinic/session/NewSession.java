package org.spinechoice.app.clinic.session;

import java.time.LocalDate;
import java.util.Objects;
import org.spinechoice.treatment.SessionDetails;

/**
 * A treatment session about to be recorded on a course ({@link SessionReader} reads one from a request). Whether its
 * date fits the course, and whether a named clinician belongs to the clinic, depend on what is stored, so the
 * service checks those.
 */
public record NewSession(LocalDate date, SessionDetails details) {

    public NewSession {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(details, "details");
    }
}
