package org.spinechoice.app.clinic.questionnaire;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A questionnaire page as the patient sent it: what they entered, the answers that could be read, and what they need
 * to fix, in words for them.
 *
 * @param given what each question's field held, by item id, to show again when the page comes back with errors
 * @param answers the answers read, by item id; a blank question has none
 * @param errors by item id, in the order the questions are asked
 * @param summary a sentence about the whole page: how many questions may be left blank, when too many were
 */
public record FilledQuestionnaire(
        Map<String, String> given, Map<String, Integer> answers, Map<String, String> errors, Optional<String> summary) {

    public FilledQuestionnaire {
        given = Map.copyOf(given);
        answers = Map.copyOf(answers);
        errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
        Objects.requireNonNull(summary, "summary");
    }

    public boolean hasErrors() {
        return !errors.isEmpty() || summary.isPresent();
    }
}
