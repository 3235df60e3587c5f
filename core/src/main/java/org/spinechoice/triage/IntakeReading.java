package org.spinechoice.triage;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of reading an intake. An invalid intake still carries what the red-flag rules could read from its
 * valid parts, so that no emergency is lost to an unrelated mistake.
 */
public sealed interface IntakeReading {

    /** What the red-flag rules look at, whether or not the intake is valid. */
    TriageInput triageInput();

    /** Every field was valid. */
    record Valid(Intake intake) implements IntakeReading {
        public Valid {
            Objects.requireNonNull(intake, "intake");
        }

        @Override
        public TriageInput triageInput() {
            return intake.triageInput();
        }
    }

    /** At least one field was invalid; every error is listed. */
    record Invalid(List<IntakeError> errors, TriageInput triageInput) implements IntakeReading {
        public Invalid {
            errors = List.copyOf(errors);
            Objects.requireNonNull(triageInput, "triageInput");
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("an invalid intake names at least one error");
            }
        }
    }
}
