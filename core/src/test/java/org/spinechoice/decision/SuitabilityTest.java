package org.spinechoice.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinechoice.vocabulary.OptionId.ACUPUNCTURE;
import static org.spinechoice.vocabulary.OptionId.BRACE;
import static org.spinechoice.vocabulary.OptionId.CERVICAL_SURGERY;
import static org.spinechoice.vocabulary.OptionId.CHIROPRACTIC;
import static org.spinechoice.vocabulary.OptionId.DECOMPRESSION_FUSION;
import static org.spinechoice.vocabulary.OptionId.DECOMPRESSION_SURGERY;
import static org.spinechoice.vocabulary.OptionId.EPIDURAL_STEROID_INJECTION;
import static org.spinechoice.vocabulary.OptionId.MINIMALLY_INVASIVE_PROCEDURES;
import static org.spinechoice.vocabulary.OptionId.PAIN_MEDICATION;
import static org.spinechoice.vocabulary.OptionId.PHYSICAL_THERAPY;
import static org.spinechoice.vocabulary.OptionId.PROLOTHERAPY;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinechoice.evidence.EvidenceBase;
import org.spinechoice.evidence.EvidenceBaseFixture;
import org.spinechoice.evidence.Suitability;
import org.spinechoice.triage.TriageSources;
import org.spinechoice.triage.Urgency;
import org.spinechoice.vocabulary.HealthFactor;
import org.spinechoice.vocabulary.IntakeRegion;
import org.spinechoice.vocabulary.OptionId;
import org.spinechoice.vocabulary.SymptomCourse;
import org.spinechoice.vocabulary.WarningSign;

/**
 * Suitability in the order of {@code spec/options.md}: emergency, then region, then the option's cautions, else
 * suitable, with every reason that applies listed. The myelopathy exception for cervical surgery lives in
 * {@link CervicalSurgeryWithCordSignsTest}.
 */
class SuitabilityTest {

    static final String CAUTION_REASON = "Take care: this fixture caution applies.";
    static final String NOT_ADVISED_REASON = "Not for you: this fixture caution applies.";

    @Test
    void emergencyTriageMakesEveryOptionUrgentCareFirstAndStillListsRegionAndCautionReasons() {
        EvidenceBase evidence = EvidenceBaseFixture.alikeOptions()
                .caution(PHYSICAL_THERAPY, "diabetes", "not-advised", NOT_ADVISED_REASON, "healthFactors", "diabetes")
                .build();
        Evaluation evaluation = new OptionEvaluator(evidence)
                .evaluate(IntakeFixture.in(IntakeRegion.LUMBAR)
                        .warningSigns(WarningSign.SADDLE_NUMBNESS)
                        .healthFactors(HealthFactor.DIABETES)
                        .build());
        Map<OptionId, OptionEvaluation> options = byOption(evaluation);

        assertThat(evaluation.triage().urgency()).isEqualTo(Urgency.EMERGENCY);
        assertThat(options.values()).hasSize(14).allSatisfy(option -> {
            assertThat(option.suitability()).isEqualTo(Suitability.URGENT_CARE_FIRST);
            assertThat(option.reasons()).anySatisfy(reason -> {
                assertThat(reason.text()).contains("need care now");
                assertThat(reason.sources()).contains(TriageSources.NICE_CKS_SCIATICA.id());
            });
        });
        assertThat(texts(options.get(CERVICAL_SURGERY))).anyMatch(text -> text.startsWith("Not used for stenosis"));
        assertThat(texts(options.get(PHYSICAL_THERAPY))).contains(NOT_ADVISED_REASON);
    }

    static Stream<Arguments> regionsAndTheOptionsNotUsedThere() {
        return Stream.of(
                Arguments.of(IntakeRegion.LUMBAR, "lower back", Set.of(CERVICAL_SURGERY)),
                Arguments.of(
                        IntakeRegion.CERVICAL,
                        "neck",
                        Set.of(BRACE, DECOMPRESSION_SURGERY, DECOMPRESSION_FUSION, MINIMALLY_INVASIVE_PROCEDURES)),
                Arguments.of(
                        IntakeRegion.THORACIC,
                        "mid back",
                        Set.of(
                                BRACE,
                                EPIDURAL_STEROID_INJECTION,
                                PROLOTHERAPY,
                                ACUPUNCTURE,
                                CHIROPRACTIC,
                                DECOMPRESSION_FUSION,
                                MINIMALLY_INVASIVE_PROCEDURES,
                                CERVICAL_SURGERY)));
    }

    @ParameterizedTest(name = "{0}: {2} not advised")
    @MethodSource("regionsAndTheOptionsNotUsedThere")
    void anOptionNotUsedInTheNamedRegionIsNotAdvisedAndSaysSo(
            IntakeRegion region, String inWords, Set<OptionId> notUsed) {
        Map<OptionId, OptionEvaluation> options =
                byOption(new OptionEvaluator(EvidenceBaseFixture.alikeOptions().build())
                        .evaluate(IntakeFixture.in(region).build()));

        options.forEach((id, option) -> {
            if (notUsed.contains(id)) {
                assertThat(option.suitability()).as("%s", id).isEqualTo(Suitability.NOT_ADVISED);
                assertThat(texts(option))
                        .as("%s", id)
                        .anyMatch(text -> text.startsWith("Not used for stenosis in the " + inWords));
            } else {
                assertThat(option.suitability()).as("%s", id).isEqualTo(Suitability.SUITABLE);
                assertThat(texts(option)).as("%s", id).noneMatch(text -> text.startsWith("Not used for stenosis"));
            }
        });
    }

    @Test
    void withRegionUnsureNoOptionIsExcludedByRegionAndEachSaysTheRegionDecides() {
        Map<OptionId, OptionEvaluation> options =
                byOption(new OptionEvaluator(EvidenceBaseFixture.alikeOptions().build())
                        .evaluate(IntakeFixture.in(IntakeRegion.UNSURE).build()));

        assertThat(options.values()).hasSize(14).allSatisfy(option -> {
            assertThat(option.suitability()).isEqualTo(Suitability.SUITABLE);
            assertThat(texts(option)).anyMatch(text -> text.contains("depends on where your stenosis is"));
            assertThat(texts(option)).noneMatch(text -> text.startsWith("Not used for stenosis"));
        });
        assertThat(texts(options.get(BRACE))).anyMatch(text -> text.contains("used for stenosis in the lower back"));
    }

    static Stream<Arguments> eachKindOfWhen() {
        return Stream.of(
                Arguments.of("healthFactors", "diabetes", IntakeRegion.LUMBAR, (UnaryOperator<IntakeFixture>)
                        intake -> intake.healthFactors(HealthFactor.DIABETES)),
                Arguments.of("triedOptions", "physical-therapy", IntakeRegion.LUMBAR, (UnaryOperator<IntakeFixture>)
                        intake -> intake.tried(PHYSICAL_THERAPY)),
                Arguments.of(
                        "regions", "cervical", IntakeRegion.CERVICAL, (UnaryOperator<IntakeFixture>) intake -> intake),
                Arguments.of("regions", "unsure", IntakeRegion.UNSURE, (UnaryOperator<IntakeFixture>) intake -> intake),
                Arguments.of("triageFindings", "fracture", IntakeRegion.LUMBAR, (UnaryOperator<IntakeFixture>)
                        intake -> intake.warningSigns(WarningSign.OSTEOPOROSIS)),
                Arguments.of("triageFindings", "spinal-infection", IntakeRegion.LUMBAR, (UnaryOperator<IntakeFixture>)
                        intake -> intake.warningSigns(WarningSign.FEVER)));
    }

    @ParameterizedTest(name = "{0} holding {1}")
    @MethodSource("eachKindOfWhen")
    void aCautionAppliesWhenTheIntakeHoldsAnItemOfItsWhen(
            String whenField, String value, IntakeRegion region, UnaryOperator<IntakeFixture> holding) {
        for (Suitability marked : List.of(Suitability.CAUTION, Suitability.NOT_ADVISED)) {
            EvidenceBase evidence = EvidenceBaseFixture.alikeOptions()
                    .caution(PAIN_MEDICATION, "fixture", marked.id(), CAUTION_REASON, whenField, value)
                    .build();

            OptionEvaluation applies = byOption(new OptionEvaluator(evidence)
                            .evaluate(holding.apply(IntakeFixture.in(region)).build()))
                    .get(PAIN_MEDICATION);
            // Another region, and nothing else: the intake holds no item of the caution's when.
            OptionEvaluation doesNot = byOption(new OptionEvaluator(evidence)
                            .evaluate(IntakeFixture.in(
                                            region == IntakeRegion.LUMBAR ? IntakeRegion.THORACIC : IntakeRegion.LUMBAR)
                                    .build()))
                    .get(PAIN_MEDICATION);

            assertThat(applies.suitability()).as(marked.id()).isEqualTo(marked);
            assertThat(applies.reasons())
                    .as(marked.id())
                    .contains(new Reason(CAUTION_REASON, List.of(EvidenceBaseFixture.CAUTION_SOURCE)));
            assertThat(doesNot.suitability()).as(marked.id()).isEqualTo(Suitability.SUITABLE);
            assertThat(texts(doesNot)).as(marked.id()).doesNotContain(CAUTION_REASON);
        }
    }

    @Test
    void aNotAdvisedCautionBeatsACautionWhicheverComesFirstAndBothAreListed() {
        for (boolean cautionFirst : List.of(true, false)) {
            EvidenceBaseFixture fixture = EvidenceBaseFixture.alikeOptions();
            if (cautionFirst) {
                fixture.caution(PAIN_MEDICATION, "mild", "caution", CAUTION_REASON, "healthFactors", "diabetes");
            }
            fixture.caution(PAIN_MEDICATION, "severe", "not-advised", NOT_ADVISED_REASON, "triedOptions", "brace");
            if (!cautionFirst) {
                fixture.caution(PAIN_MEDICATION, "mild", "caution", CAUTION_REASON, "healthFactors", "diabetes");
            }

            OptionEvaluation option = byOption(new OptionEvaluator(fixture.build())
                            .evaluate(IntakeFixture.in(IntakeRegion.LUMBAR)
                                    .healthFactors(HealthFactor.DIABETES)
                                    .tried(BRACE)
                                    .build()))
                    .get(PAIN_MEDICATION);

            assertThat(option.suitability())
                    .as("caution first: %s", cautionFirst)
                    .isEqualTo(Suitability.NOT_ADVISED);
            assertThat(texts(option)).contains(CAUTION_REASON, NOT_ADVISED_REASON);
        }
    }

    static Stream<Arguments> urgentOrSoonTriage() {
        return Stream.of(
                Arguments.of(Urgency.URGENT, (UnaryOperator<IntakeFixture>) i -> i.warningSigns(WarningSign.FOOT_DROP)),
                Arguments.of(Urgency.URGENT, (UnaryOperator<IntakeFixture>) i -> i.warningSigns(WarningSign.FEVER)),
                Arguments.of(
                        Urgency.URGENT, (UnaryOperator<IntakeFixture>) i -> i.course(SymptomCourse.RAPIDLY_WORSENING)),
                Arguments.of(Urgency.SOON, (UnaryOperator<IntakeFixture>) i -> i.warningSigns(WarningSign.NIGHT_PAIN)),
                Arguments.of(
                        Urgency.SOON, (UnaryOperator<IntakeFixture>) i -> i.warningSigns(WarningSign.OSTEOPOROSIS)));
    }

    @ParameterizedTest(name = "{0} triage")
    @MethodSource("urgentOrSoonTriage")
    void urgentOrSoonTriageDoesNotChangeAnySuitability(Urgency urgency, UnaryOperator<IntakeFixture> withSign) {
        EvidenceBase evidence = EvidenceBaseFixture.alikeOptions()
                .caution(PHYSICAL_THERAPY, "mild", "caution", CAUTION_REASON, "healthFactors", "diabetes")
                .caution(PAIN_MEDICATION, "severe", "not-advised", NOT_ADVISED_REASON, "healthFactors", "diabetes")
                .build();
        IntakeFixture routine = IntakeFixture.in(IntakeRegion.LUMBAR).healthFactors(HealthFactor.DIABETES);
        Evaluation before = new OptionEvaluator(evidence).evaluate(routine.build());
        Evaluation after =
                new OptionEvaluator(evidence).evaluate(withSign.apply(routine).build());

        assertThat(before.triage().urgency()).isEqualTo(Urgency.ROUTINE);
        assertThat(after.triage().urgency()).isEqualTo(urgency);
        assertThat(suitabilities(after)).isEqualTo(suitabilities(before));
        assertThat(suitabilities(after))
                .containsEntry(PHYSICAL_THERAPY, Suitability.CAUTION)
                .containsEntry(PAIN_MEDICATION, Suitability.NOT_ADVISED)
                .containsEntry(CERVICAL_SURGERY, Suitability.NOT_ADVISED)
                .containsEntry(BRACE, Suitability.SUITABLE);
    }

    static Map<OptionId, OptionEvaluation> byOption(Evaluation evaluation) {
        Map<OptionId, OptionEvaluation> options = new EnumMap<>(OptionId.class);
        evaluation.options().forEach(option -> options.put(option.option(), option));
        return options;
    }

    static List<String> texts(OptionEvaluation option) {
        return option.reasons().stream().map(Reason::text).toList();
    }

    private static Map<OptionId, Suitability> suitabilities(Evaluation evaluation) {
        Map<OptionId, Suitability> suitabilities = new EnumMap<>(OptionId.class);
        evaluation.options().forEach(option -> suitabilities.put(option.option(), option.suitability()));
        return suitabilities;
    }
}
