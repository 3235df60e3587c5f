package org.spinechoice.app.clinic.form;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spinechoice.app.platform.Messages;
import org.spinechoice.app.platform.Problem;

/**
 * What is wrong with a form, by form field, in the order found: shown in a summary at the top that links to each
 * field, and again next to the field. A reader's error is told in the words of {@code clinic.error.<field>}; a
 * refusal by a rule on stored records (a session dated before its course) already speaks in words and is shown as
 * it is. Immutable.
 */
public final class FieldErrors {

    /** The key of the words for an answer to a questionnaire item, whose field is named by the item's id. */
    static final String ANSWER = "clinic.error.answer";

    private static final String ANSWERS = "answers.";

    private final Map<String, String> messages;

    private FieldErrors(Map<String, String> messages) {
        this.messages = messages;
    }

    public static FieldErrors none() {
        return new FieldErrors(Map.of());
    }

    /** A reader's errors, each in the words its form field has. */
    public static FieldErrors invalid(List<Problem.FieldError> errors, Messages words) {
        Map<String, String> messages = new LinkedHashMap<>();
        for (Problem.FieldError error : errors) {
            String field = formField(error.field());
            String key = "clinic.error." + field;
            String message;
            if (error.field().startsWith(ANSWERS)) {
                message = words.get(ANSWER);
            } else {
                message = words.has(key) ? words.get(key) : error.message();
            }
            messages.putIfAbsent(field, message);
        }
        return new FieldErrors(messages);
    }

    /**
     * A refusal's errors, in its own words, unless the pages word that refusal themselves ({@code
     * clinic.refused.<field>}): the end-reason rule is written as a fragment for the API's errors.
     */
    public static FieldErrors refused(List<Problem.FieldError> errors, Messages words) {
        Map<String, String> messages = new LinkedHashMap<>();
        for (Problem.FieldError error : errors) {
            String field = formField(error.field());
            String key = "clinic.refused." + field;
            messages.putIfAbsent(field, words.has(key) ? words.get(key) : error.message());
        }
        return new FieldErrors(messages);
    }

    /**
     * The form field a request's JSON path came from: session details and questionnaire answers are fields of their
     * own ({@code details.volumeMl} is {@code volumeMl}, {@code answers.odi-3} is {@code odi-3}), and an item of a list
     * belongs to the list's field ({@code levels[1]} is {@code levels}).
     */
    static String formField(String path) {
        return path.replaceFirst("^(details|answers)\\.", "").replaceAll("\\[\\d+]$", "");
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    public boolean has(String field) {
        return messages.containsKey(field);
    }

    /** The field's error, or {@code null} (for the templates) when it has none. */
    public String get(String field) {
        return messages.get(field);
    }

    /** The errors as (field, message) pairs in the order found, for the summary. */
    public List<Problem.FieldError> inOrder() {
        return messages.entrySet().stream()
                .map(entry -> new Problem.FieldError(entry.getKey(), entry.getValue()))
                .toList();
    }
}
