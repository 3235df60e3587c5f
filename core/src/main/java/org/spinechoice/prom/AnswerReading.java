package org.spinechoice.prom;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The outcome of reading the answers sent for one instrument: usable answers, or every error found. */
public sealed interface AnswerReading {

    /** Every answer was allowed. {@code answers} holds the answered items only; an item left out is unanswered. */
    record Valid(Instrument instrument, Map<String, Integer> answers) implements AnswerReading {
        public Valid {
            Objects.requireNonNull(instrument, "instrument");
            answers = Map.copyOf(answers);
        }
    }

    /** At least one answer was not allowed; every error is listed, in questionnaire order. */
    record Invalid(Instrument instrument, List<AnswerError> errors) implements AnswerReading {
        public Invalid {
            Objects.requireNonNull(instrument, "instrument");
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("an invalid reading names at least one error");
            }
        }
    }
}
