package org.spinechoice.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinechoice.decision.SuitabilityTest.byOption;
import static org.spinechoice.decision.SuitabilityTest.texts;
import static org.spinechoice.vocabulary.OptionId.BRACE;
import static org.spinechoice.vocabulary.OptionId.CERVICAL_SURGERY;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.spinechoice.evidence.EvidenceBase;
import org.spinechoice.evidence.EvidenceBaseFixture;
import org.spinechoice.evidence.Suitability;
import org.spinechoice.triage.TriageSources;
import org.spinechoice.triage.Urgency;
import org.spinechoice.vocabulary.HealthFactor;
import org.spinechoice.vocabulary.IntakeRegion;
import org.spinechoice.vocabulary.OptionId;
import org.spinechoice.vocabulary.RedFlagRuleName;
import org.spinechoice.vocabulary.Symptom;
import org.spinechoice.vocabulary.SymptomCourse;

/**
 * A myelopathy finding puts cervical surgery under consideration whatever the region, with the reason "a spine
 * surgeon's opinion is advised" (AO Spine guideline); emergency and cautions still apply to it.
 */
class CervicalSurgeryWithCordSignsTest {

    @ParameterizedTest(name = "region {0}")
    @EnumSource(
            value = IntakeRegion.class,
            names = {"LUMBAR", "THORACIC"})
    void clumsyHandsKeepCervicalSurgeryInViewWhateverTheRegionWithASurgeonsOpinionAdvised(IntakeRegion region) {
        Evaluation evaluation = new OptionEvaluator(
                        EvidenceBaseFixture.alikeOptions().build())
                .evaluate(IntakeFixture.in(region)
                        .symptoms(Symptom.HAND_CLUMSINESS)
                        .build());
        OptionEvaluation surgery = byOption(evaluation).get(CERVICAL_SURGERY);

        assertThat(evaluation.triage().findings()).anyMatch(finding -> finding.rule() == RedFlagRuleName.MYELOPATHY);
        assertThat(surgery.suitability()).isEqualTo(Suitability.SUITABLE);
        assertThat(surgery.reasons()).anySatisfy(reason -> {
            assertThat(reason.text()).contains("a spine surgeon's opinion is advised");
            assertThat(reason.sources()).containsExactly(TriageSources.FEHLINGS_2017.id());
        });
        assertThat(texts(surgery)).noneMatch(text -> text.startsWith("Not used for stenosis"));
    }

    @Test
    void poorBalanceInTheMidBackAlsoPointsToTheCord() {
        OptionEvaluation surgery = byOption(
                        new OptionEvaluator(EvidenceBaseFixture.alikeOptions().build())
                                .evaluate(IntakeFixture.in(IntakeRegion.THORACIC)
                                        .symptoms(Symptom.BALANCE_PROBLEMS)
                                        .build()))
                .get(CERVICAL_SURGERY);

        assertThat(surgery.suitability()).isEqualTo(Suitability.SUITABLE);
        assertThat(texts(surgery)).anyMatch(text -> text.contains("a spine surgeon's opinion is advised"));
    }

    @Test
    void withoutCordSignsCervicalSurgeryStaysNotAdvisedForTheLowerBack() {
        OptionEvaluation surgery = byOption(
                        new OptionEvaluator(EvidenceBaseFixture.alikeOptions().build())
                                .evaluate(IntakeFixture.in(IntakeRegion.LUMBAR)
                                        .symptoms(Symptom.BALANCE_PROBLEMS)
                                        .build()))
                .get(CERVICAL_SURGERY);

        assertThat(surgery.suitability()).isEqualTo(Suitability.NOT_ADVISED);
        assertThat(texts(surgery)).noneMatch(text -> text.contains("spine surgeon"));
    }

    @Test
    void cordSignsLiftTheRegionRuleForCervicalSurgeryOnly() {
        Map<OptionId, OptionEvaluation> options =
                byOption(new OptionEvaluator(EvidenceBaseFixture.alikeOptions().build())
                        .evaluate(IntakeFixture.in(IntakeRegion.THORACIC)
                                .symptoms(Symptom.HAND_CLUMSINESS)
                                .build()));

        assertThat(options.get(BRACE).suitability()).isEqualTo(Suitability.NOT_ADVISED);
        options.forEach((id, option) -> {
            if (id != CERVICAL_SURGERY) {
                assertThat(texts(option)).as("%s", id).noneMatch(text -> text.contains("spine surgeon"));
            }
        });
    }

    @Test
    void aCautionThatAppliesStillMarksCervicalSurgeryUnderCordSigns() {
        for (Suitability marked : List.of(Suitability.CAUTION, Suitability.NOT_ADVISED)) {
            EvidenceBase evidence = EvidenceBaseFixture.alikeOptions()
                    .caution(
                            CERVICAL_SURGERY,
                            "heart",
                            marked.id(),
                            SuitabilityTest.CAUTION_REASON,
                            "healthFactors",
                            "heart-or-lung-disease")
                    .build();
            OptionEvaluation surgery = byOption(new OptionEvaluator(evidence)
                            .evaluate(IntakeFixture.in(IntakeRegion.LUMBAR)
                                    .symptoms(Symptom.HAND_CLUMSINESS)
                                    .healthFactors(HealthFactor.HEART_OR_LUNG_DISEASE)
                                    .build()))
                    .get(CERVICAL_SURGERY);

            assertThat(surgery.suitability()).as(marked.id()).isEqualTo(marked);
            assertThat(texts(surgery))
                    .as(marked.id())
                    .contains(SuitabilityTest.CAUTION_REASON)
                    .anyMatch(text -> text.contains("a spine surgeon's opinion is advised"));
        }
    }

    @Test
    void aCautionOnTheMyelopathyFindingItselfApplies() {
        EvidenceBase evidence = EvidenceBaseFixture.alikeOptions()
                .caution(
                        CERVICAL_SURGERY,
                        "cord",
                        "caution",
                        SuitabilityTest.CAUTION_REASON,
                        "triageFindings",
                        "myelopathy")
                .build();
        OptionEvaluation surgery = byOption(new OptionEvaluator(evidence)
                        .evaluate(IntakeFixture.in(IntakeRegion.LUMBAR)
                                .symptoms(Symptom.HAND_CLUMSINESS)
                                .build()))
                .get(CERVICAL_SURGERY);

        assertThat(surgery.suitability()).isEqualTo(Suitability.CAUTION);
    }

    @Test
    void rapidlyWorseningCordSignsMakeCervicalSurgeryUrgentCareFirstStillWithTheSurgeonReason() {
        Evaluation evaluation = new OptionEvaluator(
                        EvidenceBaseFixture.alikeOptions().build())
                .evaluate(IntakeFixture.in(IntakeRegion.LUMBAR)
                        .symptoms(Symptom.HAND_CLUMSINESS)
                        .course(SymptomCourse.RAPIDLY_WORSENING)
                        .build());
        OptionEvaluation surgery = byOption(evaluation).get(CERVICAL_SURGERY);

        assertThat(evaluation.triage().urgency()).isEqualTo(Urgency.EMERGENCY);
        assertThat(surgery.suitability()).isEqualTo(Suitability.URGENT_CARE_FIRST);
        assertThat(surgery.reasons()).anySatisfy(reason -> {
            assertThat(reason.text()).contains("need care now");
            assertThat(reason.sources()).contains(TriageSources.FEHLINGS_2017.id());
        });
        assertThat(texts(surgery)).anyMatch(text -> text.contains("a spine surgeon's opinion is advised"));
    }
}
