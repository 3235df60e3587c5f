package org.spinechoice.app.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.spinechoice.triage.IntakeReader;
import org.spinechoice.triage.IntakeReading;
import org.spinechoice.vocabulary.Coded;
import org.spinechoice.vocabulary.Preference;

/**
 * Turns the check's answers into the intake tree of {@code spec/intake-and-triage.md}, so the pages use the very
 * same reader, rules and errors as the API.
 */
public final class IntakeForm {

    private IntakeForm() {}

    static IntakeReading read(CheckAnswers answers) {
        return IntakeReader.read(tree(answers));
    }

    /** The intake tree of the answers given so far, for the intake reader (also used by the summary). */
    public static Map<String, Object> tree(CheckAnswers answers) {
        Map<String, Object> intake = new LinkedHashMap<>();
        answers.value("region").ifPresent(region -> intake.put("region", region));
        answers.value("age").ifPresent(age -> intake.put("age", number(age)));
        answers.value("sex").ifPresent(sex -> intake.put("sex", sex));
        answers.value("course").ifPresent(course -> intake.put("course", course));
        durationWeeks(answers).ifPresent(weeks -> intake.put("durationWeeks", weeks));
        answers.value("walkingMinutes").ifPresent(minutes -> intake.put("walkingMinutes", number(minutes)));
        putList(intake, "symptoms", answers.values("symptoms"));
        putList(intake, "warningSigns", answers.values("warningSigns"));
        putList(intake, "healthFactors", answers.values("healthFactors"));
        putList(intake, "triedOptions", answers.values("triedOptions"));
        Map<String, Object> preferences = new LinkedHashMap<>();
        for (String id : Coded.ids(Preference.class)) {
            answers.value("pref." + id).ifPresent(weight -> preferences.put(id, number(weight)));
        }
        if (!preferences.isEmpty()) {
            intake.put("preferences", preferences);
        }
        return intake;
    }

    /** Maps a field of the intake contract (a JSON path) to the form field that asked it. */
    static String formField(String intakePath) {
        String field = intakePath.replaceAll("\\[\\d+]$", "");
        if (field.equals("durationWeeks")) {
            return "durationAmount";
        }
        if (field.startsWith("preferences.")) {
            return "pref." + field.substring("preferences.".length());
        }
        return field;
    }

    private static Optional<Object> durationWeeks(CheckAnswers answers) {
        Optional<String> amount = answers.value("durationAmount");
        if (amount.isEmpty()) {
            return Optional.empty();
        }
        Object parsed = number(amount.get());
        if (!(parsed instanceof Long count)) {
            return Optional.of(parsed);
        }
        double weeksPerUnit = switch (answers.valueOr("durationUnit", "weeks")) {
            case "months" -> 52.0 / 12;
            case "years" -> 52;
            default -> 1;
        };
        return Optional.of(Math.round(count * weeksPerUnit));
    }

    /** A whole number when the text is one; otherwise the text, for the reader to reject with its path. */
    private static Object number(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static void putList(Map<String, Object> intake, String field, List<String> values) {
        if (!values.isEmpty()) {
            intake.put(field, values);
        }
    }
}
