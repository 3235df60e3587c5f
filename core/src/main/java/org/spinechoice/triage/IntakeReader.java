package org.spinechoice.triage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.spinechoice.vocabulary.Coded;
import org.spinechoice.vocabulary.HealthFactor;
import org.spinechoice.vocabulary.IntakeRegion;
import org.spinechoice.vocabulary.OptionId;
import org.spinechoice.vocabulary.Preference;
import org.spinechoice.vocabulary.Sex;
import org.spinechoice.vocabulary.Symptom;
import org.spinechoice.vocabulary.SymptomCourse;
import org.spinechoice.vocabulary.WarningSign;

/**
 * Reads an intake from a parsed JSON tree (maps, lists, strings, numbers, booleans, nulls) exactly as
 * {@code spec/intake-and-triage.md} says, reporting every bad field at once with its JSON path. Valid array items of
 * an invalid intake are still kept for triage. Not thread-safe: one reader per intake.
 */
public final class IntakeReader {

    private static final List<String> FIELDS = List.of(
            "region",
            "age",
            "sex",
            "durationWeeks",
            "course",
            "symptoms",
            "warningSigns",
            "walkingMinutes",
            "healthFactors",
            "triedOptions",
            "preferences");

    private final List<IntakeError> errors = new ArrayList<>();

    private IntakeReader() {}

    /** Reads and validates an intake. */
    public static IntakeReading read(Object tree) {
        return new IntakeReader().readTree(tree);
    }

    private IntakeReading readTree(Object tree) {
        if (!(tree instanceof Map<?, ?> fields)) {
            errors.add(new IntakeError("", "expected a JSON object with the intake fields"));
            return new IntakeReading.Invalid(errors, emptyTriageInput());
        }
        fields.keySet().stream()
                .map(String::valueOf)
                .filter(name -> !FIELDS.contains(name))
                .sorted()
                .forEach(name ->
                        error(name, "unknown field '" + name + "'; expected one of " + String.join(", ", FIELDS)));
        Optional<IntakeRegion> region =
                required(fields, "region").flatMap(value -> code(value, "region", "region", IntakeRegion.class));
        OptionalInt age = required(fields, "age")
                .map(value -> wholeNumber(value, "age", Intake.MIN_AGE, Intake.MAX_AGE))
                .orElse(OptionalInt.empty());
        Sex sex = optional(fields, "sex")
                .flatMap(value -> code(value, "sex", "sex", Sex.class))
                .orElse(Sex.UNDISCLOSED);
        OptionalInt duration = optional(fields, "durationWeeks")
                .map(value -> wholeNumber(value, "durationWeeks", 0, 5200))
                .orElse(OptionalInt.empty());
        SymptomCourse course = optional(fields, "course")
                .flatMap(value -> code(value, "course", "course", SymptomCourse.class))
                .orElse(SymptomCourse.STABLE);
        Set<Symptom> symptoms = codes(fields, "symptoms", "symptom", Symptom.class);
        Set<WarningSign> warningSigns = codes(fields, "warningSigns", "warning sign", WarningSign.class);
        OptionalInt walking = optional(fields, "walkingMinutes")
                .map(value -> wholeNumber(value, "walkingMinutes", 0, 600))
                .orElse(OptionalInt.empty());
        Set<HealthFactor> healthFactors = codes(fields, "healthFactors", "health factor", HealthFactor.class);
        Set<OptionId> triedOptions = codes(fields, "triedOptions", "option id", OptionId.class);
        Map<Preference, Integer> preferences = preferences(fields);

        // Triage reads whatever is valid, even when something else is wrong.
        TriageInput triageInput = new TriageInput(region, age, course, symptoms, warningSigns);
        if (!errors.isEmpty()) {
            return new IntakeReading.Invalid(errors, triageInput);
        }
        return new IntakeReading.Valid(new Intake(
                region.orElseThrow(),
                age.orElseThrow(),
                sex,
                duration,
                course,
                symptoms,
                warningSigns,
                walking,
                healthFactors,
                triedOptions,
                preferences));
    }

    private Optional<Object> required(Map<?, ?> fields, String name) {
        Object value = fields.get(name);
        if (value == null) {
            error(name, "required" + (name.equals("region") ? "; expected one of " + ids(IntakeRegion.class) : ""));
        }
        return Optional.ofNullable(value);
    }

    private static Optional<Object> optional(Map<?, ?> fields, String name) {
        return Optional.ofNullable(fields.get(name));
    }

    private OptionalInt wholeNumber(Object value, String field, int min, int max) {
        if (isWholeNumber(value)) {
            double amount = ((Number) value).doubleValue();
            if (amount >= min && amount <= max) {
                return OptionalInt.of((int) amount);
            }
            error(field, "expected a whole number from " + min + " to " + max + ", got " + value);
            return OptionalInt.empty();
        }
        error(
                field,
                "expected a whole number from " + min + " to " + max
                        + (value instanceof String ? " (a number, not text in quotes)" : "") + ", got "
                        + describe(value));
        return OptionalInt.empty();
    }

    // 68 and 68.0 are whole, 68.5 is not, whatever number type the JSON parser chose (a BigDecimal too).
    private static boolean isWholeNumber(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.signum() == 0 || decimal.stripTrailingZeros().scale() <= 0;
        }
        if (value instanceof Double || value instanceof Float) {
            double amount = ((Number) value).doubleValue();
            return amount == Math.rint(amount);
        }
        return value instanceof Number;
    }

    private <E extends Enum<E> & Coded> Optional<E> code(Object value, String field, String what, Class<E> type) {
        if (!(value instanceof String text)) {
            error(field, "expected a " + what + " id as text; one of " + ids(type));
            return Optional.empty();
        }
        Optional<E> known = Coded.fromId(type, text);
        if (known.isPresent()) {
            return known;
        }
        Optional<E> caseSlip = Coded.fromId(type, text.strip().toLowerCase(Locale.ROOT));
        String hint = caseSlip.map(match -> "; ids are lower-case: did you mean '" + match.id() + "'?")
                .orElse("");
        error(field, "unknown " + what + " '" + text + "'; expected one of " + ids(type) + hint);
        // The intake is rejected either way. A value that differs only in case or spaces is still kept, so the
        // triage carried by the rejection errs towards urgency: "Saddle-Numbness" must not hide an emergency.
        return caseSlip;
    }

    private <E extends Enum<E> & Coded> Set<E> codes(Map<?, ?> fields, String field, String what, Class<E> type) {
        Object value = fields.get(field);
        Set<E> result = EnumSet.noneOf(type);
        if (value == null) {
            return result;
        }
        if (!(value instanceof List<?> items)) {
            error(field, "expected an array of " + what + " ids");
            return result;
        }
        for (int index = 0; index < items.size(); index++) {
            code(items.get(index), field + "[" + index + "]", what, type).ifPresent(result::add);
        }
        return result;
    }

    private Map<Preference, Integer> preferences(Map<?, ?> fields) {
        Object value = fields.get("preferences");
        Map<Preference, Integer> weights = new EnumMap<>(Preference.class);
        if (value == null) {
            return weights;
        }
        if (!(value instanceof Map<?, ?> entries)) {
            error("preferences", "expected an object of preference weights, e.g. {\"avoid-surgery\": 4}");
            return weights;
        }
        entries.forEach((key, weight) -> {
            String name = String.valueOf(key);
            String path = "preferences." + name;
            Optional<Preference> preference = Coded.fromId(Preference.class, name);
            if (preference.isEmpty()) {
                error(path, "unknown preference '" + name + "'; expected one of " + ids(Preference.class));
            } else if (weight != null) {
                wholeNumber(weight, path, 0, Intake.MAX_PREFERENCE_WEIGHT)
                        .ifPresent(parsed -> weights.put(preference.get(), parsed));
            }
        });
        return weights;
    }

    private void error(String field, String message) {
        errors.add(new IntakeError(field, message));
    }

    private static String describe(Object value) {
        return value instanceof String text ? "'" + text + "'" : String.valueOf(value);
    }

    private static <E extends Enum<E> & Coded> String ids(Class<E> type) {
        return String.join(", ", Coded.ids(type));
    }

    private static TriageInput emptyTriageInput() {
        return new TriageInput(Optional.empty(), OptionalInt.empty(), SymptomCourse.STABLE, Set.of(), Set.of());
    }
}
