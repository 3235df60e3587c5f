package org.spinechoice.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinechoice.vocabulary.Preference.AVOID_MEDICATION;
import static org.spinechoice.vocabulary.Preference.AVOID_NEEDLES;
import static org.spinechoice.vocabulary.Preference.AVOID_SURGERY;
import static org.spinechoice.vocabulary.Preference.FEW_VISITS;
import static org.spinechoice.vocabulary.Preference.LASTING_RELIEF;
import static org.spinechoice.vocabulary.Preference.LOW_COST;
import static org.spinechoice.vocabulary.Preference.QUICK_RELIEF;
import static org.spinechoice.vocabulary.Preference.STRONG_EVIDENCE;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinechoice.evidence.EvidenceBaseFixture;
import org.spinechoice.evidence.OptionEvidence;
import org.spinechoice.triage.Intake;
import org.spinechoice.vocabulary.IntakeRegion;
import org.spinechoice.vocabulary.OptionId;
import org.spinechoice.vocabulary.Preference;

/**
 * The preference fit of {@code spec/options.md}: Σ wᵢ·aᵢ / Σ wᵢ, half-up to 2 decimals, with aᵢ from the contract's
 * table, 0.5 when nothing was weighted, and one reason for each weighted preference. The random sweep lives in
 * {@link PreferenceFitRangeTest}.
 */
class PreferenceFitTest {

    private static final OptionId OPTION = OptionId.WATCHFUL_WAITING;

    static Stream<Arguments> attributeTable() {
        return Stream.of(
                Arguments.of(AVOID_SURGERY, "attributes.involvesSurgery", true, 0.0),
                Arguments.of(AVOID_SURGERY, "attributes.involvesSurgery", false, 1.0),
                Arguments.of(AVOID_NEEDLES, "attributes.involvesNeedles", true, 0.0),
                Arguments.of(AVOID_NEEDLES, "attributes.involvesNeedles", false, 1.0),
                Arguments.of(AVOID_MEDICATION, "attributes.involvesMedication", true, 0.0),
                Arguments.of(AVOID_MEDICATION, "attributes.involvesMedication", false, 1.0),
                Arguments.of(QUICK_RELIEF, "attributes.timeToEffect", "days", 1.0),
                Arguments.of(QUICK_RELIEF, "attributes.timeToEffect", "weeks", 0.5),
                Arguments.of(QUICK_RELIEF, "attributes.timeToEffect", "months", 0.0),
                Arguments.of(LASTING_RELIEF, "attributes.durability", "years", 1.0),
                Arguments.of(LASTING_RELIEF, "attributes.durability", "months", 0.5),
                Arguments.of(LASTING_RELIEF, "attributes.durability", "weeks", 0.0),
                Arguments.of(LASTING_RELIEF, "attributes.durability", "unknown", 0.25),
                Arguments.of(FEW_VISITS, "burden.visits", 0, 1.0),
                Arguments.of(FEW_VISITS, "burden.visits", 1, 1.0),
                Arguments.of(FEW_VISITS, "burden.visits", 2, 1.0),
                Arguments.of(FEW_VISITS, "burden.visits", 3, 0.5),
                Arguments.of(FEW_VISITS, "burden.visits", 6, 0.5),
                Arguments.of(FEW_VISITS, "burden.visits", 7, 0.0),
                Arguments.of(FEW_VISITS, "burden.visits", 40, 0.0),
                Arguments.of(LOW_COST, "burden.costBand", "low", 1.0),
                Arguments.of(LOW_COST, "burden.costBand", "medium", 0.5),
                Arguments.of(LOW_COST, "burden.costBand", "high", 0.0));
    }

    @ParameterizedTest(name = "{0} with {1} = {2} matches {3}")
    @MethodSource("attributeTable")
    void aPreferenceWeightedAloneScoresItsMatchFromTheContractTable(
            Preference preference, String path, Object value, double match) {
        OptionEvidence option = EvidenceBaseFixture.alikeOptions()
                .set(OPTION, path, value)
                .build()
                .option(OPTION);

        assertThat(PreferenceFit.match(preference, option)).isEqualTo(match);
        for (int weight = 1; weight <= Intake.MAX_PREFERENCE_WEIGHT; weight++) {
            assertThat(PreferenceFit.of(weighting(Map.of(preference, weight)), option)
                            .score())
                    .as("weight %d", weight)
                    .isEqualTo(match);
        }
    }

    @ParameterizedTest(name = "headline {0} with {1} certainty matches {2}")
    @CsvSource({
        "benefit, high, 1",
        "benefit, moderate, 0.67",
        "benefit, low, 0.33",
        "benefit, very-low, 0.1",
        "benefit, none, 0",
        "no-important-benefit, high, 0",
        "no-important-benefit, moderate, 0",
        "harm-outweighs, high, 0",
        "harm-outweighs, low, 0",
        "uncertain, high, 0",
        "uncertain, very-low, 0",
        "uncertain, none, 0"
    })
    void strongEvidenceCountsOnlyAHeadlineOfBenefitByItsCertainty(String direction, String certainty, double match) {
        OptionEvidence option = EvidenceBaseFixture.alikeOptions()
                .set(OPTION, "headline.direction", direction)
                .set(OPTION, "headline.certainty", certainty)
                .build()
                .option(OPTION);

        assertThat(PreferenceFit.match(STRONG_EVIDENCE, option)).isEqualTo(match);
        assertThat(PreferenceFit.of(weighting(Map.of(STRONG_EVIDENCE, 2)), option)
                        .score())
                .isEqualTo(match);
    }

    @Test
    void fitIsTheWeightedMeanOfTheMatchesWorkedByHand() {
        OptionEvidence option = EvidenceBaseFixture.alikeOptions()
                .set(OPTION, "attributes.involvesSurgery", false)
                .set(OPTION, "attributes.timeToEffect", "weeks")
                .set(OPTION, "headline.direction", "benefit")
                .set(OPTION, "headline.certainty", "low")
                .build()
                .option(OPTION);
        // (4·1 + 1·0.5 + 2·0.33) / (4 + 1 + 2) = 5.16 / 7 = 0.7371… → 0.74
        Intake weighted = weighting(Map.of(AVOID_SURGERY, 4, QUICK_RELIEF, 1, STRONG_EVIDENCE, 2));

        assertThat(PreferenceFit.of(weighted, option).score()).isEqualTo(0.74);
    }

    @Test
    void theSameWeightsOnAnOperationOfModerateBenefitScoreLower() {
        OptionEvidence option = EvidenceBaseFixture.alikeOptions()
                .set(OPTION, "attributes.involvesSurgery", true)
                .set(OPTION, "attributes.timeToEffect", "months")
                .set(OPTION, "headline.direction", "benefit")
                .set(OPTION, "headline.certainty", "moderate")
                .build()
                .option(OPTION);
        // (4·0 + 1·0 + 2·0.67) / 7 = 1.34 / 7 = 0.1914… → 0.19
        Intake weighted = weighting(Map.of(AVOID_SURGERY, 4, QUICK_RELIEF, 1, STRONG_EVIDENCE, 2));

        assertThat(PreferenceFit.of(weighted, option).score()).isEqualTo(0.19);
    }

    static Stream<Arguments> exactHalves() {
        // The option: no surgery (1), needles (0), effect in months (0), durability unknown (0.25), 4 visits (0.5),
        // a headline of benefit with the given certainty. Each mean lands exactly on a half at the third decimal.
        return Stream.of(
                Arguments.of("(0.25·1 + 0·1) / 2 = 0.125", "low", Map.of(LASTING_RELIEF, 1, QUICK_RELIEF, 1), 0.13),
                Arguments.of(
                        "(0.1·1 + 0·3) / 4 = 0.025", "very-low", Map.of(STRONG_EVIDENCE, 1, AVOID_NEEDLES, 3), 0.03),
                Arguments.of("(0.33·1 + 0·1) / 2 = 0.165", "low", Map.of(STRONG_EVIDENCE, 1, AVOID_NEEDLES, 1), 0.17),
                Arguments.of(
                        "(0.67·1 + 0·1) / 2 = 0.335", "moderate", Map.of(STRONG_EVIDENCE, 1, AVOID_NEEDLES, 1), 0.34),
                Arguments.of(
                        "(0.33·2 + 0.5·1 + 0·4 + 0·1) / 8 = 0.145",
                        "low",
                        Map.of(STRONG_EVIDENCE, 2, FEW_VISITS, 1, AVOID_NEEDLES, 4, QUICK_RELIEF, 1),
                        0.15));
    }

    @ParameterizedTest(name = "{0} → {3}")
    @MethodSource("exactHalves")
    void fitIsRoundedHalfUpAtTheSecondDecimal(
            String workedByHand, String certainty, Map<Preference, Integer> weights, double rounded) {
        OptionEvidence option = EvidenceBaseFixture.alikeOptions()
                .set(OPTION, "headline.direction", "benefit")
                .set(OPTION, "headline.certainty", certainty)
                .build()
                .option(OPTION);

        assertThat(PreferenceFit.of(weighting(weights), option).score()).isEqualTo(rounded);
    }

    @Test
    void whenEveryWeightIsZeroTheFitIsOneHalfAndTheReasonSaysNoPreferenceWasGiven() {
        OptionEvidence option = EvidenceBaseFixture.alikeOptions().build().option(OPTION);
        List<Intake> unweighted = List.of(weighting(Map.of()), weighting(zeroForEvery()));

        for (Intake intake : unweighted) {
            PreferenceFit.Fit fit = PreferenceFit.of(intake, option);
            assertThat(fit.score()).isEqualTo(0.5);
            assertThat(fit.reasons())
                    .singleElement()
                    .satisfies(reason -> assertThat(reason.text()).contains("did not say what matters"));
        }
    }

    @Test
    void everyWeightedPreferenceIsExplainedByExactlyOneReasonOfItsOwn() {
        OptionEvidence option = EvidenceBaseFixture.alikeOptions().build().option(OPTION);
        Preference[] preferences = Preference.values();
        Map<Preference, Integer> weights = Map.of(
                AVOID_SURGERY,
                1,
                AVOID_NEEDLES,
                2,
                AVOID_MEDICATION,
                3,
                QUICK_RELIEF,
                4,
                LASTING_RELIEF,
                1,
                FEW_VISITS,
                2,
                LOW_COST,
                3,
                STRONG_EVIDENCE,
                4);
        Map<Preference, Reason> alone = new EnumMap<>(Preference.class);
        for (Preference preference : preferences) {
            List<Reason> reasons = PreferenceFit.of(weighting(Map.of(preference, weights.get(preference))), option)
                    .reasons();
            assertThat(reasons).as("%s alone", preference).hasSize(1);
            alone.put(preference, reasons.get(0));
        }
        assertThat(new HashSet<>(alone.values()))
                .as("one distinct reason per preference")
                .hasSize(8);

        for (int subset = 1; subset < 1 << preferences.length; subset++) {
            Map<Preference, Integer> chosen = zeroForEvery();
            List<Reason> expected = new ArrayList<>();
            for (int i = 0; i < preferences.length; i++) {
                if ((subset & 1 << i) != 0) {
                    chosen.put(preferences[i], weights.get(preferences[i]));
                    expected.add(alone.get(preferences[i]));
                }
            }
            assertThat(PreferenceFit.of(weighting(chosen), option).reasons())
                    .as("weighted %s", chosen)
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void theStrongEvidenceReasonCitesTheHeadlineSources() {
        OptionEvidence option = EvidenceBaseFixture.alikeOptions().build().option(OPTION);

        assertThat(PreferenceFit.of(weighting(Map.of(STRONG_EVIDENCE, 3)), option)
                        .reasons())
                .singleElement()
                .satisfies(reason -> assertThat(reason.sources()).containsExactly(EvidenceBaseFixture.HEADLINE_SOURCE));
    }

    private static Intake weighting(Map<Preference, Integer> weights) {
        IntakeFixture intake = IntakeFixture.in(IntakeRegion.LUMBAR);
        weights.forEach(intake::weight);
        return intake.build();
    }

    private static Map<Preference, Integer> zeroForEvery() {
        Map<Preference, Integer> zeros = new EnumMap<>(Preference.class);
        for (Preference preference : Preference.values()) {
            zeros.put(preference, 0);
        }
        return zeros;
    }
}
