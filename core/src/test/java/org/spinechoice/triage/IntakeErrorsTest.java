package org.spinechoice.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinechoice.triage.IntakeTrees.errors;
import static org.spinechoice.triage.IntakeTrees.example;
import static org.spinechoice.triage.IntakeTrees.list;
import static org.spinechoice.triage.IntakeTrees.object;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinechoice.vocabulary.Coded;
import org.spinechoice.vocabulary.Preference;

/**
 * How the intake reader reports bad input: unknown fields and ids, each named by its JSON path with the ids
 * expected, and every error at once.
 */
class IntakeErrorsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"notes", "warningSign", "Region", "symptom"})
    void unknownTopLevelFieldsAreRejected(String field) {
        Map<String, Object> tree = example();
        tree.put(field, list("bladder-retention"));

        assertThat(errors(tree)).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo(field);
            assertThat(error.message()).startsWith("unknown field '" + field + "'; expected one of region, age,");
        });
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "region, Lumbar, lumbar",
        "region, ' cervical', cervical",
        "sex, Female, female",
        "course, Rapidly-Worsening, rapidly-worsening"
    })
    void idsAreExactLowerCaseAndAnAlmostRightIdGetsAHint(String field, String written, String meant) {
        Map<String, Object> tree = example();
        tree.put(field, written);

        assertThat(errors(tree)).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo(field);
            assertThat(error.message())
                    .startsWith("unknown " + field + " '" + written + "'; expected one of ")
                    .endsWith("ids are lower-case: did you mean '" + meant + "'?");
        });
    }

    @Test
    void anUnknownPreferenceIsNamedByItsPath() {
        Map<String, Object> tree = example();
        tree.put("preferences", object("avoid-surgery", 3, "foo", 2));

        assertThat(errors(tree))
                .containsExactly(new IntakeError(
                        "preferences.foo", "unknown preference 'foo'; expected one of " + ids(Preference.class)));
    }

    @ParameterizedTest(name = "{0}[1] = {1}")
    @CsvSource({
        "symptoms,      back-pian,     symptom,      org.spinechoice.vocabulary.Symptom",
        "warningSigns,  fevr,          warning sign, org.spinechoice.vocabulary.WarningSign",
        "healthFactors, diabetis,      health factor, org.spinechoice.vocabulary.HealthFactor",
        "triedOptions,  physiotherapy, option id,    org.spinechoice.vocabulary.OptionId"
    })
    <E extends Enum<E> & Coded> void anUnknownArrayItemIsNamedByItsIndexWithTheIdsExpected(
            String field, String typo, String what, Class<E> vocabulary) {
        Map<String, Object> tree = example();
        E first = vocabulary.getEnumConstants()[0];
        tree.put(field, list(first.id(), typo, first.id()));

        assertThat(errors(tree))
                .containsExactly(new IntakeError(
                        field + "[1]", "unknown " + what + " '" + typo + "'; expected one of " + ids(vocabulary)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"symptoms", "warningSigns", "healthFactors", "triedOptions"})
    void anArrayFieldMustBeAnArray(String field) {
        Map<String, Object> tree = example();
        tree.put(field, "back-pain");

        assertThat(errors(tree)).extracting(IntakeError::field).containsExactly(field);
    }

    @Test
    void theRootMustBeAnObject() {
        for (Object root : new Object[] {List.of(example()), "lumbar", 68, null}) {
            IntakeReading reading = IntakeReader.read(root);

            assertThat(reading).isInstanceOf(IntakeReading.Invalid.class);
            assertThat(((IntakeReading.Invalid) reading).errors())
                    .singleElement()
                    .satisfies(error -> assertThat(error.message()).contains("JSON object"));
            assertThat(Triage.assess(reading.triageInput()).urgency()).isEqualTo(Urgency.ROUTINE);
        }
    }

    @Test
    void everyErrorIsReportedAtOnce() {
        Map<String, Object> tree = example();
        tree.put("region", "Lumbar");
        tree.put("age", "68");
        tree.put("course", "worse");
        tree.put("symptoms", list("back-pain", "Leg-pain"));
        tree.put("warningSigns", list("fever", "fevr"));
        tree.put("walkingMinutes", 10.5);
        tree.put("preferences", object("foo", 1, "avoid-surgery", 9));
        tree.put("warningsigns", list());

        assertThat(errors(tree))
                .extracting(IntakeError::field)
                .containsExactlyInAnyOrder(
                        "warningsigns",
                        "region",
                        "age",
                        "course",
                        "symptoms[1]",
                        "warningSigns[1]",
                        "walkingMinutes",
                        "preferences.foo",
                        "preferences.avoid-surgery");
    }

    private static <E extends Enum<E> & Coded> String ids(Class<E> vocabulary) {
        return String.join(", ", Coded.ids(vocabulary));
    }
}
