package org.spinechoice.app.clinic.wording;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.spinechoice.app.platform.Problem;

/**
 * What the upload form of licensed wording shows again after a refusal: the questionnaire chosen, the form's own
 * errors by field, and why the file was refused with each problem named by its path in the Questionnaire.
 *
 * @param instrument the id of the questionnaire chosen; blank when none was
 */
public record WordingUpload(
        String instrument,
        Map<String, String> formErrors,
        Optional<String> rejection,
        List<Problem.FieldError> problems) {

    public WordingUpload {
        Objects.requireNonNull(instrument, "instrument");
        // Kept in the order found, which is the order of the form's fields.
        formErrors = Collections.unmodifiableMap(new LinkedHashMap<>(formErrors));
        Objects.requireNonNull(rejection, "rejection");
        problems = List.copyOf(problems);
    }

    static WordingUpload empty() {
        return new WordingUpload("", Map.of(), Optional.empty(), List.of());
    }

    public boolean hasErrors() {
        return !formErrors.isEmpty() || rejection.isPresent();
    }
}
