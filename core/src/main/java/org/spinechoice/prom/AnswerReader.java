package org.spinechoice.prom;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the {@code answers} object of a scoring request from a parsed JSON tree, as {@code spec/proms.md} says:
 * answers are whole numbers ({@code 3} and {@code 3.0} are 3; {@code 2.5} and {@code "3"} are rejected), {@code null}
 * is unanswered, and an unknown item id or a value outside the item's range is rejected. Every error is reported at
 * once with its JSON path, such as {@code answers.odi-3}. Stateless and thread-safe.
 */
public final class AnswerReader {

    private static final String ROOT = "answers";

    private AnswerReader() {}

    /** Reads the answers given for {@code instrument}. */
    public static AnswerReading read(Instrument instrument, Object answersTree) {
        List<AnswerError> errors = new ArrayList<>();
        if (!(answersTree instanceof Map<?, ?> tree)) {
            errors.add(new AnswerError(
                    ROOT,
                    "expected a JSON object of item ids and answers, e.g. {\""
                            + instrument.itemIds().get(0) + "\": 1}"));
            return new AnswerReading.Invalid(instrument, errors);
        }
        Map<String, Object> given = new HashMap<>();
        tree.forEach((key, value) -> given.put(String.valueOf(key), value));

        Map<String, Integer> answers = new HashMap<>();
        for (Item item : instrument.items()) {
            Object value = given.get(item.id());
            if (value != null) {
                wholeNumber(value, item)
                        .ifPresentOrElse(
                                answer -> answers.put(item.id(), answer),
                                () -> errors.add(new AnswerError(
                                        path(item.id()),
                                        "expected a whole number from " + item.min() + " to " + item.max() + hint(value)
                                                + ", got " + describe(value))));
            }
        }
        given.keySet().stream()
                .filter(itemId -> instrument.item(itemId).isEmpty())
                .sorted()
                .forEach(itemId -> errors.add(new AnswerError(
                        path(itemId),
                        "unknown item '" + itemId + "' for " + instrument.id() + "; expected one of "
                                + String.join(", ", instrument.itemIds()))));
        return errors.isEmpty()
                ? new AnswerReading.Valid(instrument, answers)
                : new AnswerReading.Invalid(instrument, errors);
    }

    /** The answer as an int when it is a whole number inside the item's range. */
    private static Optional<Integer> wholeNumber(Object value, Item item) {
        return exact(value)
                .filter(number ->
                        number.signum() == 0 || number.stripTrailingZeros().scale() <= 0)
                .filter(number -> number.compareTo(BigDecimal.valueOf(item.min())) >= 0
                        && number.compareTo(BigDecimal.valueOf(item.max())) <= 0)
                .map(BigDecimal::intValueExact);
    }

    private static Optional<BigDecimal> exact(Object value) {
        if (value instanceof BigDecimal decimal) {
            return Optional.of(decimal);
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            return Double.isFinite(number) ? Optional.of(new BigDecimal(number)) : Optional.empty();
        }
        if (value instanceof Number number) {
            try {
                return Optional.of(new BigDecimal(number.toString()));
            } catch (NumberFormatException notDecimal) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String path(String itemId) {
        return ROOT + "." + itemId;
    }

    private static String hint(Object value) {
        return value instanceof String ? " (a number, not text in quotes)" : "";
    }

    private static String describe(Object value) {
        return value instanceof String text ? "'" + text + "'" : String.valueOf(value);
    }
}
