package org.spinechoice.app.clinic.form;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of a submitted form (or of a form's query string), and the JSON-like tree a record's reader expects,
 * built from them: a blank field is left out, as a member not given; a number that does not parse stays text, so the
 * reader names it like any wrong value. Pages thus go through the same readers and rules as the API. Immutable.
 */
public final class FormFields {

    private final Map<String, List<String>> fields;

    private FormFields(Map<String, List<String>> fields) {
        this.fields = fields;
    }

    public static FormFields of(Map<String, List<String>> parameters) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        parameters.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        return new FormFields(copy);
    }

    public static FormFields empty() {
        return new FormFields(Map.of());
    }

    /** This form with a field set, for the defaults a new form starts with. */
    public FormFields with(String name, String value) {
        Map<String, List<String>> copy = new LinkedHashMap<>(fields);
        copy.put(name, List.of(value));
        return new FormFields(copy);
    }

    /** The field's value without spaces around it; empty when not sent or blank. */
    public Optional<String> value(String name) {
        return fields.getOrDefault(name, List.of()).stream()
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .findFirst();
    }

    /** The field as sent, to show it again in its input; {@code ""} when not sent. */
    public String text(String name) {
        List<String> values = fields.getOrDefault(name, List.of());
        return values.isEmpty() ? "" : values.get(0);
    }

    /** Whether a choice ({@code value}) of the field was chosen. */
    public boolean chose(String name, String value) {
        return fields.getOrDefault(name, List.of()).contains(value);
    }

    /** Puts the field into the tree as text, when it was given. */
    public void putText(Map<String, Object> tree, String member, String name) {
        value(name).ifPresent(value -> tree.put(member, value));
    }

    /** Puts the field into the tree as a whole number, or as text when it is not one. */
    public void putWholeNumber(Map<String, Object> tree, String member, String name) {
        value(name).ifPresent(value -> {
            try {
                tree.put(member, Long.parseLong(value));
            } catch (NumberFormatException notWhole) {
                tree.put(member, value);
            }
        });
    }

    /** Puts the field into the tree as a decimal number, or as text when it is not one. */
    public void putDecimal(Map<String, Object> tree, String member, String name) {
        value(name).ifPresent(value -> {
            try {
                tree.put(member, new BigDecimal(value));
            } catch (NumberFormatException notANumber) {
                tree.put(member, value);
            }
        });
    }

    /**
     * Puts the field into the tree as a list of the non-blank parts between {@code separators} (a regular
     * expression), when any part was given.
     */
    public void putList(Map<String, Object> tree, String member, String name, String separators) {
        value(name).ifPresent(value -> {
            List<String> parts = Arrays.stream(value.split(separators))
                    .map(String::strip)
                    .filter(part -> !part.isEmpty())
                    .toList();
            if (!parts.isEmpty()) {
                tree.put(member, parts);
            }
        });
    }
}
