package org.spinechoice.triage;

import java.util.Objects;

/** One offending intake field, by its JSON path (for example {@code warningSigns[1]}), and what was expected. */
public record IntakeError(String field, String message) {

    public IntakeError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
