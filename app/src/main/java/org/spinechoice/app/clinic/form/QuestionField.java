package org.spinechoice.app.clinic.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import org.spinechoice.app.platform.Messages;
import org.spinechoice.app.prom.QuestionnaireWording;

/**
 * One question of a questionnaire as a form field named by its item id: a group of choices, a row of numbers (a pain
 * rating 0 to 10), or a number typed in (walking minutes).
 *
 * @param choices the answers offered; empty for a number typed in
 * @param scale whether the choices are bare numbers, shown in a row
 */
public record QuestionField(
        String name, String prompt, Optional<String> hint, List<SelectOption> choices, boolean scale) {

    /** Up to this many numbers are offered as a row of choices; more are typed in. */
    private static final int MAX_SCALE = 11;

    public QuestionField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(hint, "hint");
        choices = List.copyOf(choices);
    }

    /** Every question of the wording, the ZCQ's after-treatment items marked as such. */
    static List<QuestionField> of(QuestionnaireWording wording, Messages messages) {
        List<QuestionField> fields = new ArrayList<>();
        for (QuestionnaireWording.Question question : wording.questionsToAsk(true)) {
            List<String> hints = new ArrayList<>();
            question.hint().ifPresent(hints::add);
            question.number().ifPresent(number -> {
                number.lowLabel().ifPresent(low -> hints.add(messages.get("clinic.response.low", number.min(), low)));
                number.highLabel()
                        .ifPresent(high -> hints.add(messages.get("clinic.response.high", number.max(), high)));
                number.unit().ifPresent(unit -> hints.add(messages.get("clinic.response.unit", unit)));
            });
            if (QuestionnaireWording.askedOnlyAfterTreatment(question.linkId())) {
                hints.add(messages.get("clinic.response.afterTreatment"));
            }
            Optional<String> hint = hints.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", hints));
            fields.add(question.number()
                    .map(number -> number(question, hint, number))
                    .orElseGet(() -> new QuestionField(
                            question.linkId(),
                            question.prompt(),
                            hint,
                            question.choices().stream()
                                    .map(choice -> new SelectOption(String.valueOf(choice.value()), choice.label()))
                                    .toList(),
                            question.choices().stream()
                                    .allMatch(choice -> choice.label().equals(String.valueOf(choice.value()))))));
        }
        return fields;
    }

    private static QuestionField number(
            QuestionnaireWording.Question question, Optional<String> hint, QuestionnaireWording.NumberEntry number) {
        List<SelectOption> row = number.max() - number.min() < MAX_SCALE
                ? IntStream.rangeClosed(number.min(), number.max())
                        .mapToObj(value -> new SelectOption(String.valueOf(value), String.valueOf(value)))
                        .toList()
                : List.of();
        return new QuestionField(question.linkId(), question.prompt(), hint, row, true);
    }
}
