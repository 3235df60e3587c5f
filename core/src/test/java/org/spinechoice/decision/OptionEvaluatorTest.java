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
import static org.spinechoice.vocabulary.OptionId.NERVE_PAIN_MEDICATION;
import static org.spinechoice.vocabulary.OptionId.NUTRITION_WEIGHT;
import static org.spinechoice.vocabulary.OptionId.PAIN_MEDICATION;
import static org.spinechoice.vocabulary.OptionId.PHYSICAL_THERAPY;
import static org.spinechoice.vocabulary.OptionId.PROLOTHERAPY;
import static org.spinechoice.vocabulary.OptionId.WATCHFUL_WAITING;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.spinechoice.evidence.EvidenceBase;
import org.spinechoice.evidence.EvidenceBaseFixture;
import org.spinechoice.evidence.Suitability;
import org.spinechoice.triage.Intake;
import org.spinechoice.triage.Urgency;
import org.spinechoice.vocabulary.HealthFactor;
import org.spinechoice.vocabulary.IntakeRegion;
import org.spinechoice.vocabulary.OptionId;
import org.spinechoice.vocabulary.Preference;
import org.spinechoice.vocabulary.Symptom;
import org.spinechoice.vocabulary.SymptomCourse;
import org.spinechoice.vocabulary.WarningSign;

/**
 * The evaluation of {@code POST /api/options/evaluate}: all 14 options, ordered by suitability, then preference fit,
 * then the contract's table; never "best for you"; the same intake always gives the same evaluation.
 */
class OptionEvaluatorTest {

    private static final long SEED = 20_260_312L;
    private static final int CASES = 500;

    @Test
    void everyOneOfTheFourteenOptionsIsEvaluatedOnce() {
        Evaluation evaluation = new OptionEvaluator(
                        EvidenceBaseFixture.alikeOptions().build())
                .evaluate(IntakeFixture.in(IntakeRegion.LUMBAR).build());

        assertThat(evaluation.options())
                .extracting(OptionEvaluation::option)
                .hasSize(14)
                .containsExactlyInAnyOrder(OptionId.values());
    }

    @Test
    void optionsAreOrderedBySuitabilityThenFitThenTheTable() {
        Evaluation evaluation = new OptionEvaluator(mixedEvidence())
                .evaluate(weightingNeedlesAndSpeed().build());

        assertThat(evaluation.options())
                .extracting(OptionEvaluation::option)
                .containsExactly(
                        // suitable: fit 1, 0.67, 0.33, then 0 in table order
                        BRACE,
                        CHIROPRACTIC,
                        WATCHFUL_WAITING,
                        NERVE_PAIN_MEDICATION,
                        EPIDURAL_STEROID_INJECTION,
                        PROLOTHERAPY,
                        ACUPUNCTURE,
                        DECOMPRESSION_SURGERY,
                        DECOMPRESSION_FUSION,
                        MINIMALLY_INVASIVE_PROCEDURES,
                        // caution: fit 0.67, then 0
                        NUTRITION_WEIGHT,
                        PHYSICAL_THERAPY,
                        // not advised: fit 0.67 (a caution), then 0 (not used in the lower back)
                        PAIN_MEDICATION,
                        CERVICAL_SURGERY);
        assertThat(evaluation.options())
                .extracting(OptionEvaluation::suitability)
                .containsSubsequence(Suitability.SUITABLE, Suitability.CAUTION, Suitability.NOT_ADVISED);
        assertThat(evaluation.options())
                .extracting(OptionEvaluation::preferenceFit)
                .startsWith(1.0, 0.67, 0.33, 0.0);
    }

    @Test
    void inAnEmergencyEveryOptionComesFirstAsUrgentCareAndIsOrderedByFitThenTheTable() {
        Evaluation evaluation = new OptionEvaluator(mixedEvidence())
                .evaluate(weightingNeedlesAndSpeed()
                        .warningSigns(WarningSign.BLADDER_RETENTION)
                        .build());

        assertThat(evaluation.triage().urgency()).isEqualTo(Urgency.EMERGENCY);
        assertThat(evaluation.options())
                .extracting(OptionEvaluation::option)
                .containsExactly(
                        // fit 1; 0.67 in table order; 0.33; 0 in table order
                        BRACE,
                        PAIN_MEDICATION,
                        CHIROPRACTIC,
                        NUTRITION_WEIGHT,
                        WATCHFUL_WAITING,
                        PHYSICAL_THERAPY,
                        NERVE_PAIN_MEDICATION,
                        EPIDURAL_STEROID_INJECTION,
                        PROLOTHERAPY,
                        ACUPUNCTURE,
                        DECOMPRESSION_SURGERY,
                        DECOMPRESSION_FUSION,
                        MINIMALLY_INVASIVE_PROCEDURES,
                        CERVICAL_SURGERY);
    }

    @Test
    void withoutPreferencesEqualFitsKeepTheTableOrderWithinEachSuitability() {
        Evaluation evaluation = new OptionEvaluator(mixedEvidence())
                .evaluate(IntakeFixture.in(IntakeRegion.LUMBAR).build());

        assertThat(evaluation.options())
                .allSatisfy(option -> assertThat(option.preferenceFit()).isEqualTo(0.5));
        assertThat(evaluation.options())
                .extracting(OptionEvaluation::option)
                .containsExactly(
                        WATCHFUL_WAITING,
                        PHYSICAL_THERAPY,
                        BRACE,
                        PAIN_MEDICATION,
                        NERVE_PAIN_MEDICATION,
                        EPIDURAL_STEROID_INJECTION,
                        PROLOTHERAPY,
                        ACUPUNCTURE,
                        CHIROPRACTIC,
                        NUTRITION_WEIGHT,
                        DECOMPRESSION_SURGERY,
                        DECOMPRESSION_FUSION,
                        MINIMALLY_INVASIVE_PROCEDURES,
                        CERVICAL_SURGERY);
    }

    @Test
    void noReasonEverCallsAnOptionBestForYou() {
        OptionEvaluator evaluator = new OptionEvaluator(mixedEvidence());
        Random random = new Random(SEED);
        for (int i = 0; i < CASES; i++) {
            Intake intake = randomIntake(random);
            for (OptionEvaluation option : evaluator.evaluate(intake).options()) {
                assertThat(option.reasons())
                        .as("%s for %s", option.option(), intake)
                        .isNotEmpty()
                        .allSatisfy(reason -> assertThat(reason.text().toLowerCase(Locale.ROOT))
                                .doesNotContain("best for you"));
            }
        }
    }

    @Test
    void theSameIntakeAndEvidenceAlwaysGiveTheSameEvaluation() {
        EvidenceBase evidence = mixedEvidence();
        // One evaluator serves every intake, as in the app: nothing from one intake may carry over to the next.
        OptionEvaluator evaluator = new OptionEvaluator(evidence);
        OptionEvaluator forSameEvidenceReadAgain = new OptionEvaluator(mixedEvidence());
        Random random = new Random(SEED);
        for (int i = 0; i < CASES; i++) {
            Intake intake = randomIntake(random);
            Evaluation first = evaluator.evaluate(intake);

            assertThat(evaluator.evaluate(intake)).as("%s", intake).isEqualTo(first);
            assertThat(new OptionEvaluator(evidence).evaluate(intake))
                    .as("%s", intake)
                    .isEqualTo(first);
            assertThat(forSameEvidenceReadAgain.evaluate(intake))
                    .as("%s", intake)
                    .isEqualTo(first);
        }
    }

    /** Cautions on three options (one not advised), and options that differ in needles and speed. */
    private static EvidenceBase mixedEvidence() {
        return EvidenceBaseFixture.alikeOptions()
                .caution(PHYSICAL_THERAPY, "mild", "caution", "Take care.", "healthFactors", "diabetes")
                .caution(NUTRITION_WEIGHT, "mild", "caution", "Take care.", "healthFactors", "diabetes")
                .caution(PAIN_MEDICATION, "severe", "not-advised", "Not for you.", "healthFactors", "diabetes")
                .set(PAIN_MEDICATION, "attributes.involvesNeedles", false)
                .set(NUTRITION_WEIGHT, "attributes.involvesNeedles", false)
                .set(BRACE, "attributes.involvesNeedles", false)
                .set(BRACE, "attributes.timeToEffect", "days")
                .set(CHIROPRACTIC, "attributes.involvesNeedles", false)
                .set(WATCHFUL_WAITING, "attributes.timeToEffect", "days")
                .build();
    }

    /** Lower back, diabetes; avoid needles 4, quick relief 2: no needles and days 1, no needles 0.67, days 0.33. */
    private static IntakeFixture weightingNeedlesAndSpeed() {
        return IntakeFixture.in(IntakeRegion.LUMBAR)
                .healthFactors(HealthFactor.DIABETES)
                .weight(Preference.AVOID_NEEDLES, 4)
                .weight(Preference.QUICK_RELIEF, 2);
    }

    private static Intake randomIntake(Random random) {
        IntakeFixture intake =
                IntakeFixture.in(pick(IntakeRegion.values(), random)).course(pick(SymptomCourse.values(), random));
        for (Symptom symptom : Symptom.values()) {
            if (random.nextInt(3) == 0) {
                intake.symptoms(symptom);
            }
        }
        for (WarningSign sign : WarningSign.values()) {
            if (random.nextInt(12) == 0) {
                intake.warningSigns(sign);
            }
        }
        for (HealthFactor factor : HealthFactor.values()) {
            if (random.nextInt(4) == 0) {
                intake.healthFactors(factor);
            }
        }
        for (OptionId option : OptionId.values()) {
            if (random.nextInt(6) == 0) {
                intake.tried(option);
            }
        }
        for (Preference preference : Preference.values()) {
            intake.weight(preference, random.nextInt(Intake.MAX_PREFERENCE_WEIGHT + 1));
        }
        return intake.build();
    }

    private static <T> T pick(T[] values, Random random) {
        return values[random.nextInt(values.length)];
    }
}
