package org.spinechoice.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinechoice.triage.IntakeTrees.errors;
import static org.spinechoice.triage.IntakeTrees.example;
import static org.spinechoice.triage.IntakeTrees.minimal;
import static org.spinechoice.triage.IntakeTrees.number;
import static org.spinechoice.triage.IntakeTrees.object;
import static org.spinechoice.triage.IntakeTrees.valid;

import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinechoice.vocabulary.HealthFactor;
import org.spinechoice.vocabulary.IntakeRegion;
import org.spinechoice.vocabulary.OptionId;
import org.spinechoice.vocabulary.Preference;
import org.spinechoice.vocabulary.Sex;
import org.spinechoice.vocabulary.Symptom;
import org.spinechoice.vocabulary.SymptomCourse;

/** The values of the intake format: the contract's example, defaults, required fields, nulls and numbers. */
class IntakeReaderTest {

    @Test
    void theContractExampleIsValid() {
        Intake intake = valid(example());

        assertThat(intake.region()).isEqualTo(IntakeRegion.LUMBAR);
        assertThat(intake.age()).isEqualTo(68);
        assertThat(intake.sex()).isEqualTo(Sex.FEMALE);
        assertThat(intake.durationWeeks()).isEqualTo(OptionalInt.of(30));
        assertThat(intake.course()).isEqualTo(SymptomCourse.STABLE);
        assertThat(intake.symptoms())
                .containsExactlyInAnyOrder(Symptom.BACK_PAIN, Symptom.LEG_PAIN, Symptom.WALKING_LEG_SYMPTOMS);
        assertThat(intake.warningSigns()).isEmpty();
        assertThat(intake.walkingMinutes()).isEqualTo(OptionalInt.of(10));
        assertThat(intake.healthFactors()).containsExactly(HealthFactor.DIABETES);
        assertThat(intake.triedOptions()).containsExactly(OptionId.PHYSICAL_THERAPY);
        assertThat(intake.preferences())
                .isEqualTo(
                        Map.of(Preference.AVOID_SURGERY, 4, Preference.AVOID_NEEDLES, 1, Preference.QUICK_RELIEF, 2));
        assertThat(intake.weight(Preference.LOW_COST)).isZero();
    }

    @Test
    void onlyRegionAndAgeAreRequiredAndTheRestTakeTheirDefaults() {
        Intake intake = valid(minimal());

        assertThat(intake.region()).isEqualTo(IntakeRegion.CERVICAL);
        assertThat(intake.age()).isEqualTo(45);
        assertThat(intake.sex()).isEqualTo(Sex.UNDISCLOSED);
        assertThat(intake.course()).isEqualTo(SymptomCourse.STABLE);
        assertThat(intake.durationWeeks()).isEmpty();
        assertThat(intake.walkingMinutes()).isEmpty();
        assertThat(intake.symptoms()).isEmpty();
        assertThat(intake.warningSigns()).isEmpty();
        assertThat(intake.healthFactors()).isEmpty();
        assertThat(intake.triedOptions()).isEmpty();
        assertThat(intake.preferences()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "sex",
                "durationWeeks",
                "course",
                "symptoms",
                "warningSigns",
                "walkingMinutes",
                "healthFactors",
                "triedOptions",
                "preferences"
            })
    void nullForAnOptionalFieldMeansTheFieldIsAbsent(String field) {
        Map<String, Object> withNull = example();
        withNull.put(field, null);
        Map<String, Object> without = example();
        without.remove(field);

        assertThat(valid(withNull)).isEqualTo(valid(without));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"region, null", "region, missing", "age, null", "age, missing"})
    void regionAndAgeAreRequired(String field, String how) {
        Map<String, Object> tree = example();
        if (how.equals("null")) {
            tree.put(field, null);
        } else {
            tree.remove(field);
        }

        assertThat(errors(tree)).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo(field);
            assertThat(error.message()).startsWith("required");
        });
    }

    @ParameterizedTest(name = "age {0}")
    @ValueSource(strings = {"68", "68.0", "long:68", "big:68", "big:68.00"})
    void wholeNumbersAreAcceptedWrittenWithOrWithoutAPointZero(String written) {
        Map<String, Object> tree = example();
        tree.put("age", number(written));

        assertThat(valid(tree).age()).isEqualTo(68);
    }

    @ParameterizedTest(name = "age {0}")
    @ValueSource(strings = {"68.5", "\"68\"", "big:68.5", "68.0001"})
    void fractionsAndNumbersInQuotesAreRejected(String written) {
        Map<String, Object> tree = example();
        tree.put("age", number(written));

        assertThat(errors(tree)).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("age");
            assertThat(error.message()).startsWith("expected a whole number from 18 to 120");
        });
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "age, 17, 18 to 120", "age, 121, 18 to 120",
        "durationWeeks, -1, 0 to 5200", "durationWeeks, 5201, 0 to 5200",
        "walkingMinutes, -1, 0 to 600", "walkingMinutes, 601, 0 to 600"
    })
    void numbersOutsideTheirRangeAreRejectedAndTheEndsAccepted(String field, int value, String range) {
        Map<String, Object> tree = example();
        tree.put(field, value);

        assertThat(errors(tree))
                .containsExactly(new IntakeError(field, "expected a whole number from " + range + ", got " + value));
        for (String end : range.split(" to ")) {
            tree.put(field, Integer.parseInt(end));
            assertThat(IntakeReader.read(tree)).as("%s = %s", field, end).isInstanceOf(IntakeReading.Valid.class);
        }
    }

    @ParameterizedTest(name = "weight {0}")
    @CsvSource({"-1, false", "0, true", "4, true", "5, false", "2.5, false"})
    void preferenceWeightsAreWholeNumbersFromZeroToFour(String weight, boolean accepted) {
        Map<String, Object> tree = example();
        tree.put("preferences", object("low-cost", number(weight)));

        if (accepted) {
            assertThat(valid(tree).weight(Preference.LOW_COST)).isEqualTo(Integer.parseInt(weight));
        } else {
            assertThat(errors(tree)).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("preferences.low-cost");
                assertThat(error.message()).startsWith("expected a whole number from 0 to 4");
            });
        }
    }
}
