package org.spinechoice.app.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spinechoice.app.platform.Messages;
import org.spinechoice.triage.IntakeReading;
import org.spinechoice.vocabulary.Coded;
import org.spinechoice.vocabulary.OptionId;

/**
 * Checks the answers of one step before the person moves on, with the same intake rules as the API, and says what
 * is wrong in plain words next to the field. Returns form field → message, in the order the fields are asked.
 */
final class StepValidation {

    static final int MIN_ODI_ANSWERS = 8;
    static final int MIN_COMPARED = 2;
    static final int MAX_COMPARED = 4;

    private StepValidation() {}

    static Map<String, String> errors(CheckStep step, CheckAnswers answers, Messages messages) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (IntakeForm.read(answers) instanceof IntakeReading.Invalid invalid) {
            invalid.errors().forEach(error -> {
                String field = IntakeForm.formField(error.field());
                if (step.fields().contains(field)) {
                    errors.putIfAbsent(field, message(messages, field));
                }
            });
        }
        switch (step) {
            case EFFECTS -> checkOdi(answers, messages, errors);
            case OPTIONS -> checkCompared(answers, messages, errors);
            case SURE -> checkSure(answers, messages, errors);
            default -> {
                // the intake rules above cover the other steps
            }
        }
        return errors;
    }

    private static void checkOdi(CheckAnswers answers, Messages messages, Map<String, String> errors) {
        int answered = 0;
        for (int item = 1; item <= 10; item++) {
            String field = "odi-" + item;
            if (answers.answered(field)) {
                if (!answers.value(field).orElseThrow().matches("[0-5]")) {
                    errors.put(field, messages.get("check.error.choose"));
                }
                answered++;
            }
        }
        if (answered > 0 && answered < MIN_ODI_ANSWERS) {
            errors.put("odi-1", messages.get("check.error.odi", MIN_ODI_ANSWERS));
        }
    }

    private static void checkCompared(CheckAnswers answers, Messages messages, Map<String, String> errors) {
        List<String> compared = answers.values("compare").stream().distinct().toList();
        boolean known = compared.stream()
                .allMatch(id -> Coded.fromId(OptionId.class, id).isPresent());
        if (!known || compared.size() < MIN_COMPARED || compared.size() > MAX_COMPARED) {
            errors.put("compare", messages.get("check.error.compare", MIN_COMPARED, MAX_COMPARED));
        }
    }

    private static void checkSure(CheckAnswers answers, Messages messages, Map<String, String> errors) {
        for (int item = 1; item <= 4; item++) {
            String field = "sure-" + item;
            if (!answers.value(field)
                    .map(value -> value.equals("0") || value.equals("1"))
                    .orElse(false)) {
                errors.put(field, messages.get("check.error.sure"));
            }
        }
    }

    private static String message(Messages messages, String field) {
        String key = "check.error." + (field.startsWith("pref.") ? "preference" : field);
        return messages.has(key) ? messages.get(key) : messages.get("check.error.choose");
    }
}
