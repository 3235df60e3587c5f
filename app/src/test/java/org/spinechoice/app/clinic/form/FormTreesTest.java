package org.spinechoice.app.clinic.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spinechoice.app.platform.Messages;
import org.spinechoice.app.platform.Problem;

class FormTreesTest {

    private final Messages messages = Messages.english();

    @Test
    void anInjectionFormBecomesTheApiTreeWithLevelsSplitAndBlanksLeftOut() {
        FormFields form = form(
                "date",
                "2026-03-03",
                "kind",
                "injection",
                "solution",
                " Dextrose ",
                "concentration",
                "",
                "volumeMl",
                "2.5",
                "levels",
                "L4-L5, L5-S1;L3-L4",
                "sites",
                "left SI joint\r\n\r\nright SI joint",
                "imageGuidance",
                "none",
                "exercises",
                "not an injection's field");

        Map<String, Object> tree = SessionForm.tree(form);

        assertThat(tree).containsEntry("date", "2026-03-03");
        @SuppressWarnings("unchecked")
        Map<String, Object> details = (Map<String, Object>) tree.get("details");
        assertThat(details)
                .containsEntry("kind", "injection")
                .containsEntry("solution", "Dextrose")
                .containsEntry("volumeMl", new BigDecimal("2.5"))
                .containsEntry("levels", List.of("L4-L5", "L5-S1", "L3-L4"))
                .containsEntry("sites", List.of("left SI joint", "right SI joint"))
                .doesNotContainKeys("concentration", "exercises");
    }

    @Test
    void aNumberThatDoesNotParseStaysTextSoTheReaderNamesIt() {
        Map<String, Object> tree = PatientForm.tree(form("displayName", "A", "birthYear", "19x8"));

        assertThat(tree).containsEntry("birthYear", "19x8");
    }

    @Test
    void aQuestionLeftBlankIsUnanswered() {
        Map<String, Object> tree =
                PromResponseForm.tree(form("instrument", "nrs-back", "takenOn", "2026-03-03", "nrs", ""));

        assertThat(tree.get("answers")).isEqualTo(Map.of());
    }

    @Test
    void errorsOfDetailsAnswersAndListItemsBelongToTheirFormFields() {
        assertThat(FieldErrors.formField("details.volumeMl")).isEqualTo("volumeMl");
        assertThat(FieldErrors.formField("details.levels[1]")).isEqualTo("levels");
        assertThat(FieldErrors.formField("answers.odi-3")).isEqualTo("odi-3");
        assertThat(FieldErrors.formField("birthYear")).isEqualTo("birthYear");
    }

    @Test
    void aReadersErrorIsToldInTheFieldsWordsAndARefusalInItsOwn() {
        FieldErrors invalid = FieldErrors.invalid(
                List.of(
                        new Problem.FieldError("birthYear", "expected a whole number from 1900 to 2026"),
                        new Problem.FieldError("answers.odi-2", "expected a whole number from 0 to 5")),
                messages);
        FieldErrors refused = FieldErrors.refused(
                List.of(new Problem.FieldError("date", "A session cannot be dated before its course started.")),
                messages);

        assertThat(invalid.get("birthYear")).startsWith("Enter the year of birth");
        assertThat(invalid.get("odi-2")).isEqualTo(messages.get("clinic.error.answer"));
        assertThat(refused.get("date")).isEqualTo("A session cannot be dated before its course started.");
    }

    private static FormFields form(String... namesAndValues) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (int index = 0; index < namesAndValues.length; index += 2) {
            fields.put(namesAndValues[index], List.of(namesAndValues[index + 1]));
        }
        return FormFields.of(fields);
    }
}
