package org.spinechoice.app.clinic.adverseevent;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.spinechoice.treatment.AdverseEventSeverity;

/**
 * An adverse event about to be recorded on a treatment course ({@link AdverseEventReader} reads one from a request).
 *
 * @param outcome how it turned out, when known
 */
public record NewAdverseEvent(
        LocalDate date, AdverseEventSeverity severity, String description, Optional<String> outcome) {

    public static final int MAX_TEXT_LENGTH = 4000;

    public NewAdverseEvent {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(outcome, "outcome");
        if (description.isBlank() || description.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("a description is 1 to " + MAX_TEXT_LENGTH + " characters");
        }
        if (outcome.filter(text -> text.isBlank() || text.length() > MAX_TEXT_LENGTH)
                .isPresent()) {
            throw new IllegalArgumentException("an outcome is 1 to " + MAX_TEXT_LENGTH + " characters");
        }
    }
}
