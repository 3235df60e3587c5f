package org.spinechoice.app.clinic.questionnaire;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.spinechoice.app.platform.Messages;
import org.spinechoice.app.prom.QuestionnaireWording;
import org.spinechoice.prom.Instrument;
import org.spinechoice.prom.PromScore;
import org.spinechoice.prom.PromScoring;

/**
 * Reads the answers of a questionnaire page. Each question asked is read from the form field named by its item id,
 * against the values its wording offers (a licensed ZCQ may offer only 1, 3 and 5); a blank field is a question left
 * out, as on paper. When more are left out than the scoring rules allow, each blank question gets an error. Fields of
 * questions not asked are ignored. Every message is in plain words, for the patient. Thread-safe.
 */
final class QuestionnaireForm {

    private final Messages messages;

    QuestionnaireForm(Messages messages) {
        this.messages = messages;
    }

    FilledQuestionnaire read(
            List<QuestionnaireWording.Question> asked, Instrument instrument, Function<String, String> field) {
        Map<String, String> given = new HashMap<>();
        Map<String, Integer> answers = new HashMap<>();
        Map<String, String> errors = new HashMap<>();
        for (QuestionnaireWording.Question question : asked) {
            String value = Optional.ofNullable(field.apply(question.linkId()))
                    .map(String::strip)
                    .orElse("");
            if (value.isEmpty()) {
                continue;
            }
            given.put(question.linkId(), value);
            wholeNumber(value)
                    .filter(answer -> question.values().contains(answer))
                    .ifPresentOrElse(
                            answer -> answers.put(question.linkId(), answer),
                            () -> errors.put(question.linkId(), invalid(question)));
        }
        Optional<String> summary = Optional.empty();
        if (errors.isEmpty() && PromScoring.score(instrument, answers) instanceof PromScore.Incomplete incomplete) {
            summary = Optional.of(rule(instrument, incomplete.maxMissing()));
            for (QuestionnaireWording.Question question : asked) {
                if (incomplete.missing().contains(question.linkId())) {
                    errors.put(question.linkId(), messages.get("qlink.error.missing"));
                }
            }
        }
        Map<String, String> inOrder = new LinkedHashMap<>();
        asked.stream()
                .map(QuestionnaireWording.Question::linkId)
                .filter(errors::containsKey)
                .forEach(linkId -> inOrder.put(linkId, errors.get(linkId)));
        return new FilledQuestionnaire(given, answers, inOrder, summary);
    }

    private String invalid(QuestionnaireWording.Question question) {
        return question.number()
                .map(range -> messages.get("qlink.error.number", range.min(), range.max()))
                .orElseGet(() -> messages.get("qlink.error.choose"));
    }

    private String rule(Instrument instrument, int maxMissing) {
        if (instrument == Instrument.ZCQ) {
            return messages.get("qlink.error.tooManyBlankPerPart");
        }
        if (maxMissing == 0) {
            return messages.get("qlink.error.allNeeded");
        }
        return maxMissing == 1
                ? messages.get("qlink.error.tooManyBlank.one")
                : messages.get("qlink.error.tooManyBlank", maxMissing);
    }

    /** The text as a whole number, digits only with an optional minus sign; anything else is not one. */
    private static Optional<Integer> wholeNumber(String text) {
        if (!text.matches("-?\\d{1,6}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(text));
    }
}
