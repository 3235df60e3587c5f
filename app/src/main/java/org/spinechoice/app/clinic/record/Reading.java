package org.spinechoice.app.clinic.record;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.spinechoice.app.platform.Problem;

/** What reading a request gave: a value every rule allows, or every bad field with its JSON path (a 400). */
public sealed interface Reading<T> {

    record Valid<T>(T value) implements Reading<T> {
        public Valid {
            Objects.requireNonNull(value, "value");
        }
    }

    record Invalid<T>(List<Problem.FieldError> errors) implements Reading<T> {
        public Invalid {
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("an invalid reading names at least one field");
            }
        }
    }

    /** The value {@code build} makes when {@code request} holds no error, else the errors. */
    static <T> Reading<T> of(RequestObject request, Supplier<T> build) {
        List<Problem.FieldError> errors = request.errors();
        return errors.isEmpty() ? new Valid<>(build.get()) : new Invalid<>(errors);
    }
}
