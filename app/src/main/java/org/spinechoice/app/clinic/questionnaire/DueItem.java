package org.spinechoice.app.clinic.questionnaire;

import java.util.Objects;

/**
 * One line of the patient's list of questionnaires, in their words: where it is, its title in the wording they will
 * see, which course and time point it is for, how long it is and by when to send it.
 */
public record DueItem(String href, String title, String when, String length, String answerBy) {

    public DueItem {
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(answerBy, "answerBy");
    }
}
