package org.spinechoice.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinechoice.triage.IntakeTrees.example;
import static org.spinechoice.triage.IntakeTrees.list;
import static org.spinechoice.triage.IntakeTrees.minimal;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinechoice.vocabulary.RedFlagRuleName;
import org.spinechoice.vocabulary.Symptom;
import org.spinechoice.vocabulary.WarningSign;

/**
 * Red flags survive other errors: an invalid intake is still triaged from every valid field and array item, and a
 * missing or invalid region or age simply cannot add reasons.
 */
class RedFlagsSurviveErrorsTest {

    @Test
    void aBadAgeAndATypoDoNotHideBladderRetention() {
        Map<String, Object> tree = example();
        tree.put("age", 68.5);
        tree.put("warningSigns", list("fevr", "bladder-retention"));

        IntakeReading reading = IntakeReader.read(tree);
        TriageResult result = Triage.assess(reading.triageInput());

        assertThat(reading).isInstanceOf(IntakeReading.Invalid.class);
        assertThat(((IntakeReading.Invalid) reading).errors())
                .extracting(IntakeError::field)
                .containsExactlyInAnyOrder("age", "warningSigns[0]");
        assertThat(result.urgency()).isEqualTo(Urgency.EMERGENCY);
        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(RedFlagRuleName.CAUDA_EQUINA);
            assertThat(finding.because()).containsExactly("bladder-retention");
        });
    }

    @Test
    void anInvalidItemIsSkippedAndItsValidSiblingsAreKept() {
        Map<String, Object> tree = example();
        tree.put("warningSigns", list("fevr", "fever", 7, "immunosuppression", "iv drug use"));
        tree.put("symptoms", list("back-pain", "weaknes", "numbness-tingling", null));

        TriageInput input = IntakeReader.read(tree).triageInput();
        TriageResult result = Triage.assess(input);

        assertThat(input.warningSigns()).containsExactlyInAnyOrder(WarningSign.FEVER, WarningSign.IMMUNOSUPPRESSION);
        assertThat(input.symptoms()).containsExactlyInAnyOrder(Symptom.BACK_PAIN, Symptom.NUMBNESS_TINGLING);
        assertThat(result.urgency()).isEqualTo(Urgency.EMERGENCY);
        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(RedFlagRuleName.SPINAL_INFECTION);
            assertThat(finding.because()).containsExactly("fever", "immunosuppression");
        });
    }

    @Test
    void aSlipOfCaseStillCountsTowardsUrgencyWhileTheIntakeIsRejected() {
        Map<String, Object> tree = example();
        tree.put("warningSigns", list("Saddle-Numbness"));
        tree.put("symptoms", list(" Hand-Clumsiness "));
        tree.put("region", "Cervical");
        tree.put("course", "Rapidly-Worsening");

        IntakeReading reading = IntakeReader.read(tree);
        TriageResult result = Triage.assess(reading.triageInput());

        assertThat(reading).isInstanceOf(IntakeReading.Invalid.class);
        assertThat(((IntakeReading.Invalid) reading).errors()).hasSize(4);
        assertThat(result.urgency()).isEqualTo(Urgency.EMERGENCY);
        assertThat(result.findings())
                .extracting(finding -> finding.rule())
                .containsExactly(
                        RedFlagRuleName.CAUDA_EQUINA, RedFlagRuleName.MYELOPATHY, RedFlagRuleName.RAPID_WORSENING);
    }

    @Test
    void anUnknownFieldDoesNotHideTheWarningSignsBesideIt() {
        Map<String, Object> tree = minimal();
        tree.put("warningSigns", list("cancer-history"));
        tree.put("symptoms", list("weakness"));
        tree.put("painScore", 9);

        TriageResult result = Triage.assess(IntakeReader.read(tree).triageInput());

        assertThat(result.urgency()).isEqualTo(Urgency.EMERGENCY);
        assertThat(result.findings())
                .extracting(Finding::because)
                .containsExactly(List.of("cancer-history", "weakness"));
    }

    @ParameterizedTest(name = "region {0}")
    @ValueSource(strings = {"missing", "neck", "spine"})
    void aMissingOrInvalidRegionCannotAddRegionReasons(String region) {
        TriageResult balanceOnly =
                Triage.assess(withRegion(region, "balance-problems").triageInput());
        TriageResult clumsyHands = Triage.assess(
                withRegion(region, "hand-clumsiness", "balance-problems").triageInput());

        assertThat(balanceOnly.findings()).isEmpty();
        assertThat(clumsyHands.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(RedFlagRuleName.MYELOPATHY);
            assertThat(finding.because()).containsExactly("hand-clumsiness", "balance-problems");
        });
    }

    @ParameterizedTest(name = "age {0}")
    @ValueSource(strings = {"missing", "80.5", "\"80\"", "130"})
    void aMissingOrInvalidAgeCannotAddAgeReasons(String age) {
        Map<String, Object> tree = example();
        if (age.equals("missing")) {
            tree.remove("age");
        } else {
            tree.put("age", IntakeTrees.number(age));
        }
        tree.put("warningSigns", list("osteoporosis"));

        IntakeReading reading = IntakeReader.read(tree);
        TriageResult result = Triage.assess(reading.triageInput());

        assertThat(reading).isInstanceOf(IntakeReading.Invalid.class);
        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(RedFlagRuleName.FRACTURE);
            assertThat(finding.urgency()).isEqualTo(Urgency.SOON);
            assertThat(finding.because()).containsExactly("osteoporosis");
        });
    }

    @Test
    void aValidCourseStillCountsWhenOtherFieldsAreWrong() {
        Map<String, Object> tree = example();
        tree.put("region", null);
        tree.put("durationWeeks", -3);
        tree.put("course", "rapidly-worsening");

        TriageResult result = Triage.assess(IntakeReader.read(tree).triageInput());

        assertThat(result.urgency()).isEqualTo(Urgency.URGENT);
        assertThat(result.findings()).extracting(Finding::rule).containsExactly(RedFlagRuleName.RAPID_WORSENING);
    }

    private static IntakeReading withRegion(String region, Object... symptoms) {
        Map<String, Object> tree = example();
        if (region.equals("missing")) {
            tree.remove("region");
        } else {
            tree.put("region", region);
        }
        tree.put("symptoms", list(symptoms));
        IntakeReading reading = IntakeReader.read(tree);
        assertThat(reading).isInstanceOf(IntakeReading.Invalid.class);
        return reading;
    }
}
