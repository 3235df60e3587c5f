package org.spinechoice.prom;

import java.util.Objects;

/** One offending answer, by its JSON path (for example {@code answers.odi-3}), and what was expected. */
public record AnswerError(String field, String message) {

    public AnswerError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
