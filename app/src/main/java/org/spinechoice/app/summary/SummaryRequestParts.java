package org.spinechoice.app.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.spinechoice.app.platform.Problem;
import org.spinechoice.prom.AnswerReader;
import org.spinechoice.prom.AnswerReading;
import org.spinechoice.prom.Instrument;
import org.spinechoice.vocabulary.Coded;
import org.spinechoice.vocabulary.OptionId;

/**
 * Reads the {@code compare}, {@code proms} and {@code sure} members of a summary request, naming each error by its
 * JSON path.
 */
final class SummaryRequestParts {

    private SummaryRequestParts() {}

    /** The distinct option ids to compare, in the order given; empty when any is wrong (errors added). */
    static List<OptionId> compared(Object tree, List<Problem.FieldError> errors) {
        String expected = "expected " + SummaryInput.MIN_COMPARED + " to " + SummaryInput.MAX_COMPARED
                + " option ids, e.g. [\"physical-therapy\", \"decompression-surgery\"]";
        if (!(tree instanceof List<?> given)) {
            errors.add(new Problem.FieldError("compare", tree == null ? "required: " + expected : expected));
            return List.of();
        }
        List<OptionId> compared = new ArrayList<>();
        boolean allKnown = true;
        for (int index = 0; index < given.size(); index++) {
            Object item = given.get(index);
            Optional<OptionId> option = item instanceof String id ? Coded.fromId(OptionId.class, id) : Optional.empty();
            if (option.isEmpty()) {
                allKnown = false;
                errors.add(new Problem.FieldError(
                        "compare[" + index + "]",
                        "unknown option " + (item instanceof String ? "'" + item + "'" : String.valueOf(item))
                                + "; expected one of " + String.join(", ", Coded.ids(OptionId.class))));
            } else if (!compared.contains(option.get())) {
                compared.add(option.get());
            }
        }
        if (allKnown && (compared.size() < SummaryInput.MIN_COMPARED || compared.size() > SummaryInput.MAX_COMPARED)) {
            errors.add(new Problem.FieldError("compare", expected + "; got " + compared.size() + " distinct"));
        }
        return compared;
    }

    /** The ODI answers of {@code proms}; other instruments are not part of a summary. */
    static Optional<Map<String, Integer>> odi(Object tree, List<Problem.FieldError> errors) {
        if (tree == null) {
            return Optional.empty();
        }
        if (!(tree instanceof Map<?, ?> proms)) {
            errors.add(new Problem.FieldError("proms", "expected {\"odi\": {\"answers\": {…}}}"));
            return Optional.empty();
        }
        proms.keySet().stream()
                .map(String::valueOf)
                .filter(field -> !field.equals(Instrument.ODI.id()))
                .sorted()
                .forEach(field -> errors.add(
                        new Problem.FieldError("proms." + field, "unknown field; a summary takes only odi")));
        return answers(Instrument.ODI, "proms.odi", proms.get(Instrument.ODI.id()), errors);
    }

    /** The answers of one questionnaire, with errors named under {@code path}. */
    static Optional<Map<String, Integer>> answers(
            Instrument instrument, String path, Object tree, List<Problem.FieldError> errors) {
        if (tree == null) {
            return Optional.empty();
        }
        if (!(tree instanceof Map<?, ?> questionnaire) || !questionnaire.containsKey("answers")) {
            errors.add(new Problem.FieldError(
                    path, "expected {\"answers\": {\"" + instrument.itemIds().get(0) + "\": 1, …}}"));
            return Optional.empty();
        }
        questionnaire.keySet().stream()
                .map(String::valueOf)
                .filter(field -> !field.equals("answers"))
                .sorted()
                .forEach(field ->
                        errors.add(new Problem.FieldError(path + "." + field, "unknown field; expected answers")));
        AnswerReading reading = AnswerReader.read(instrument, questionnaire.get("answers"));
        if (reading instanceof AnswerReading.Invalid invalid) {
            invalid.errors()
                    .forEach(error -> errors.add(new Problem.FieldError(path + "." + error.field(), error.message())));
            return Optional.empty();
        }
        return Optional.of(((AnswerReading.Valid) reading).answers());
    }
}
