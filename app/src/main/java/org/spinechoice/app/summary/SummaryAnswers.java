package org.spinechoice.app.summary;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.spinechoice.app.check.CheckAnswers;
import org.spinechoice.app.check.IntakeForm;
import org.spinechoice.prom.AnswerReader;
import org.spinechoice.prom.AnswerReading;
import org.spinechoice.prom.Instrument;
import org.spinechoice.triage.IntakeReader;
import org.spinechoice.triage.IntakeReading;
import org.spinechoice.triage.Urgency;
import org.spinechoice.vocabulary.Coded;
import org.spinechoice.vocabulary.OptionId;

/**
 * Reads the symptom check's answers (query string or form fields) as a summary's input, by the same rules as the
 * check: a valid intake, 2 to 4 known options, daily-life answers that are allowed, all four SURE answers, and no
 * emergency (an emergency stops the check at its result). Stateless.
 */
public final class SummaryAnswers {

    private SummaryAnswers() {}

    /** The summary's input, or empty when the check is not complete enough to make one. */
    public static Optional<SummaryInput> read(CheckAnswers answers) {
        if (!(IntakeReader.read(IntakeForm.tree(answers)) instanceof IntakeReading.Valid valid)) {
            return Optional.empty();
        }
        List<OptionId> compared = new ArrayList<>();
        for (String id : answers.values("compare").stream().distinct().toList()) {
            Optional<OptionId> option = Coded.fromId(OptionId.class, id);
            if (option.isEmpty()) {
                return Optional.empty();
            }
            compared.add(option.get());
        }
        if (compared.size() < SummaryInput.MIN_COMPARED || compared.size() > SummaryInput.MAX_COMPARED) {
            return Optional.empty();
        }
        Optional<Map<String, Integer>> odi = questionnaire(Instrument.ODI, answers);
        Optional<Map<String, Integer>> sure = questionnaire(Instrument.SURE, answers);
        boolean odiAllowed = odi.isPresent() || !anyAnswered(Instrument.ODI, answers);
        boolean sureComplete = sure.map(
                        given -> given.size() == Instrument.SURE.items().size())
                .orElse(false);
        SummaryInput input = new SummaryInput(valid.intake(), compared, odi.filter(given -> !given.isEmpty()), sure);
        boolean emergency = SummaryBuilder.triage(input).urgency() == Urgency.EMERGENCY;
        return odiAllowed && sureComplete && !emergency ? Optional.of(input) : Optional.empty();
    }

    /** Reads the stored query string of a saved summary back into the check's answers. */
    public static CheckAnswers fromQueryString(String query) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return CheckAnswers.from(parameters);
    }

    /** The allowed answers of one questionnaire; empty when one of them is not allowed. */
    private static Optional<Map<String, Integer>> questionnaire(Instrument instrument, CheckAnswers answers) {
        Map<String, Object> tree = new LinkedHashMap<>();
        for (String item : instrument.itemIds()) {
            answers.value(item).ifPresent(value -> tree.put(item, wholeNumber(value)));
        }
        return AnswerReader.read(instrument, tree) instanceof AnswerReading.Valid valid
                ? Optional.of(valid.answers())
                : Optional.empty();
    }

    private static boolean anyAnswered(Instrument instrument, CheckAnswers answers) {
        return instrument.itemIds().stream().anyMatch(answers::answered);
    }

    /** A whole number when the text is one; otherwise the text, for the reader to reject. */
    private static Object wholeNumber(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
