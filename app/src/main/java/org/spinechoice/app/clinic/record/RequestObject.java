package org.spinechoice.app.clinic.record;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.spinechoice.app.platform.Problem;
import org.spinechoice.vocabulary.Coded;

/**
 * One JSON object of a request, read member by member. Each reading method checks one member and, when it is missing
 * or wrong, records an error under the member's JSON path ({@code details.volumeMl}) and returns empty instead of
 * throwing, so a reader names every bad field at once. A member given as {@code null} counts as not given; a member
 * not allowed is an error. Messages say what was expected but never repeat the value sent: it may be patient data.
 * Not thread-safe: one per request.
 */
public final class RequestObject {

    /** Whether a member must be given. */
    public enum Presence {
        REQUIRED,
        OPTIONAL
    }

    private final Map<String, Object> members;
    private final String path;
    private final List<Problem.FieldError> errors;
    private final boolean isObject;

    private RequestObject(Map<String, Object> members, String path, List<Problem.FieldError> errors, boolean isObject) {
        this.members = members;
        this.path = path;
        this.errors = errors;
        this.isObject = isObject;
    }

    /**
     * Starts reading a request body. When it is not a JSON object that is its one error: its members then read as
     * absent, and a missing member is not reported on top.
     */
    public static RequestObject body(Object tree, Collection<String> allowed) {
        return read(tree, "", allowed, new ArrayList<>());
    }

    /** A member that is itself an object, sharing this object's errors. */
    public Optional<RequestObject> object(String name, Presence presence, Collection<String> allowed) {
        return member(name, presence, expectedObject(allowed))
                .map(value -> read(value, path(name), allowed, errors))
                .filter(member -> member.isObject);
    }

    /** Text of 1 to {@code maxLength} characters, spaces around it removed. */
    public Optional<String> text(String name, Presence presence, int maxLength) {
        String expected = "text of 1 to " + maxLength + " characters";
        return member(name, presence, expected).flatMap(value -> {
            if (!(value instanceof String text)) {
                return fail(name, "expected " + expected + ", got " + kind(value));
            }
            String stripped = text.strip();
            if (stripped.isEmpty()) {
                return fail(name, "expected " + expected + ", got blank text");
            }
            if (stripped.length() > maxLength) {
                return fail(name, "expected " + expected + ", got " + stripped.length() + " characters");
            }
            return Optional.of(stripped);
        });
    }

    /** A whole number from {@code min} to {@code max}; {@code 3.0} is 3, {@code "3"} is refused. */
    public Optional<Integer> wholeNumber(String name, Presence presence, int min, int max) {
        String expected = "a whole number from " + min + " to " + max;
        return member(name, presence, expected)
                .flatMap(value -> exact(value)
                        .filter(number -> number.signum() == 0
                                || number.stripTrailingZeros().scale() <= 0)
                        .filter(number -> number.compareTo(BigDecimal.valueOf(min)) >= 0
                                && number.compareTo(BigDecimal.valueOf(max)) <= 0)
                        .map(BigDecimal::intValueExact)
                        .or(() -> fail(name, "expected " + expected + quoted(value))));
    }

    /** A number above 0 and at most {@code max}, decimals allowed. */
    public Optional<BigDecimal> positiveNumber(String name, Presence presence, BigDecimal max) {
        String expected = "a number above 0 and at most " + max.toPlainString();
        return member(name, presence, expected)
                .flatMap(value -> exact(value)
                        .filter(number -> number.signum() > 0 && number.compareTo(max) <= 0)
                        .or(() -> fail(name, "expected " + expected + quoted(value))));
    }

    /** A calendar date written as ISO 8601, {@code 2026-03-01}. */
    public Optional<LocalDate> date(String name, Presence presence) {
        String expected = "a date as YYYY-MM-DD, e.g. 2026-03-01";
        return member(name, presence, expected).flatMap(value -> {
            if (value instanceof String text) {
                try {
                    return Optional.of(LocalDate.parse(text));
                } catch (DateTimeParseException notADate) {
                    return fail(name, "expected " + expected + ", got text that is not such a date");
                }
            }
            return fail(name, "expected " + expected + ", got " + kind(value));
        });
    }

    /** One id of a closed vocabulary. */
    public <E extends Enum<E> & Coded> Optional<E> code(String name, Presence presence, Class<E> type) {
        String expected = "one of " + String.join(", ", Coded.ids(type));
        return member(name, presence, expected).flatMap(value -> {
            if (!(value instanceof String text)) {
                return fail(name, "expected " + expected + ", got " + kind(value));
            }
            Optional<E> known = Coded.fromId(type, text);
            if (known.isPresent()) {
                return known;
            }
            String hint = Coded.fromId(type, text.strip().toLowerCase(Locale.ROOT))
                    .map(match -> "; ids are lower-case: did you mean '" + match.id() + "'?")
                    .orElse("");
            return fail(name, "expected " + expected + hint);
        });
    }

    /**
     * A list of up to {@code maxItems} texts of 1 to {@code maxLength} characters; required means at least one. An
     * optional list not given is empty.
     */
    public Optional<List<String>> texts(String name, Presence presence, int maxItems, int maxLength) {
        String expected = "a list of up to " + maxItems + " texts of 1 to " + maxLength + " characters";
        if (presence == Presence.OPTIONAL && !has(name)) {
            return Optional.of(List.of());
        }
        return member(name, presence, expected).flatMap(value -> {
            if (!(value instanceof List<?> items)) {
                return fail(name, "expected " + expected + ", got " + kind(value));
            }
            if (items.size() > maxItems || (presence == Presence.REQUIRED && items.isEmpty())) {
                return fail(name, "expected " + expected + ", got " + items.size() + " items");
            }
            List<String> texts = new ArrayList<>();
            for (int index = 0; index < items.size(); index++) {
                Object item = items.get(index);
                String stripped = item instanceof String text ? text.strip() : "";
                if (stripped.isEmpty() || stripped.length() > maxLength) {
                    error(name + "[" + index + "]", "expected text of 1 to " + maxLength + " characters");
                } else {
                    texts.add(stripped);
                }
            }
            return texts.size() == items.size() ? Optional.of(List.copyOf(texts)) : Optional.empty();
        });
    }

    /** A member's value as sent, for readers of their own (questionnaire answers). */
    public Optional<Object> value(String name, Presence presence, String expected) {
        return member(name, presence, expected);
    }

    /** Whether the member was given, and not as {@code null}. */
    public boolean has(String name) {
        return members.get(name) != null;
    }

    /** The member's JSON path, such as {@code details.levels}. */
    public String path(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** Records an error of a member (or of an item, {@code levels[1]}), named by its path. */
    public void error(String name, String message) {
        errors.add(new Problem.FieldError(path(name), message));
    }

    /** How many errors are recorded so far; a reader compares counts to see whether a part of the request failed. */
    public int errorCount() {
        return errors.size();
    }

    /** Every error recorded so far, in the order found. */
    public List<Problem.FieldError> errors() {
        return List.copyOf(errors);
    }

    private static RequestObject read(
            Object tree, String path, Collection<String> allowed, List<Problem.FieldError> errors) {
        Map<String, Object> members = new LinkedHashMap<>();
        if (!(tree instanceof Map<?, ?> given)) {
            errors.add(new Problem.FieldError(path, "expected " + expectedObject(allowed)));
            return new RequestObject(members, path, errors, false);
        }
        given.forEach((key, value) -> members.put(String.valueOf(key), value));
        members.keySet().stream()
                .filter(name -> !allowed.contains(name))
                .sorted()
                .forEach(name -> errors.add(new Problem.FieldError(
                        path.isEmpty() ? name : path + "." + name,
                        "unknown field; expected " + expectedObject(allowed))));
        return new RequestObject(members, path, errors, true);
    }

    private static String expectedObject(Collection<String> allowed) {
        return "a JSON object with " + String.join(", ", allowed);
    }

    private Optional<Object> member(String name, Presence presence, String expected) {
        Object value = members.get(name);
        if (value == null && presence == Presence.REQUIRED && isObject) {
            error(name, "required: " + expected);
        }
        return Optional.ofNullable(value);
    }

    private <T> Optional<T> fail(String name, String message) {
        error(name, message);
        return Optional.empty();
    }

    private static Optional<BigDecimal> exact(Object value) {
        if (value instanceof BigDecimal decimal) {
            return Optional.of(decimal);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            return Optional.of(new BigDecimal(value.toString()));
        }
        return Optional.empty();
    }

    private static String quoted(Object value) {
        return value instanceof String ? " (a number, not text in quotes)" : "";
    }

    private static String kind(Object value) {
        if (value instanceof String) {
            return "text";
        }
        if (value instanceof Number) {
            return "a number";
        }
        if (value instanceof Boolean) {
            return "true or false";
        }
        if (value instanceof List) {
            return "a list";
        }
        return "an object";
    }
}
