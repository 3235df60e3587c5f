package org.spinechoice.app.clinic.record;

import java.util.List;
import java.util.Objects;
import org.spinechoice.app.platform.Problem;

/**
 * What a write to a clinic's records came to: done, a record it needs that the clinic does not have (a 404), or a
 * refusal by a rule that depends on what is stored (a 422). A refused or not-found write has written nothing.
 */
public sealed interface Outcome<T> {

    record Done<T>(T value) implements Outcome<T> {
        public Done {
            Objects.requireNonNull(value, "value");
        }
    }

    /** @param detail says what was not found, without saying whether another clinic has it */
    record NotFound<T>(String detail) implements Outcome<T> {
        public NotFound {
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** @param errors the fields whose values the rule refused, by JSON path */
    record Refused<T>(String detail, List<Problem.FieldError> errors) implements Outcome<T> {
        public Refused {
            Objects.requireNonNull(detail, "detail");
            errors = List.copyOf(errors);
        }
    }

    /** A refusal of one field's value. */
    static <T> Outcome<T> refused(String field, String message) {
        return new Refused<>(message, List.of(new Problem.FieldError(field, message)));
    }
}
