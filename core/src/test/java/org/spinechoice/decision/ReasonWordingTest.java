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
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinechoice.evidence.Attributes;
import org.spinechoice.evidence.Certainty;
import org.spinechoice.evidence.CostBand;
import org.spinechoice.evidence.Direction;
import org.spinechoice.evidence.Durability;
import org.spinechoice.evidence.EvidenceBase;
import org.spinechoice.evidence.EvidenceBaseFixture;
import org.spinechoice.evidence.OptionEvidence;
import org.spinechoice.evidence.TimeToEffect;
import org.spinechoice.triage.Intake;
import org.spinechoice.vocabulary.IntakeRegion;
import org.spinechoice.vocabulary.OptionId;
import org.spinechoice.vocabulary.Preference;

/**
 * The exact words of every reason that depends only on the option and the person's answer, written out here so that
 * a change in how they are built (for example working them out once per option) cannot change what a person reads.
 */
class ReasonWordingTest {

    private static final OptionId OPTION = OptionId.WATCHFUL_WAITING;

    static Stream<Arguments> preferenceWords() {
        return Stream.of(
                Arguments.of(
                        AVOID_SURGERY,
                        "attributes.involvesSurgery",
                        true,
                        "This is an operation, and you want to avoid surgery"),
                Arguments.of(AVOID_SURGERY, "attributes.involvesSurgery", false, "This does not involve surgery"),
                Arguments.of(AVOID_NEEDLES, "attributes.involvesNeedles", true, "This involves needles or injections"),
                Arguments.of(AVOID_NEEDLES, "attributes.involvesNeedles", false, "This involves no needles"),
                Arguments.of(AVOID_MEDICATION, "attributes.involvesMedication", true, "This works through a medicine"),
                Arguments.of(
                        AVOID_MEDICATION,
                        "attributes.involvesMedication",
                        false,
                        "This does not work through a medicine"),
                Arguments.of(
                        QUICK_RELIEF,
                        "attributes.timeToEffect",
                        "days",
                        "If it helps, any effect usually comes within days"),
                Arguments.of(
                        QUICK_RELIEF,
                        "attributes.timeToEffect",
                        "weeks",
                        "If it helps, any effect usually comes within weeks"),
                Arguments.of(
                        QUICK_RELIEF,
                        "attributes.timeToEffect",
                        "months",
                        "If it helps, any effect usually comes within months"),
                Arguments.of(
                        LASTING_RELIEF, "attributes.durability", "weeks", "Any effect has been seen to last weeks"),
                Arguments.of(
                        LASTING_RELIEF, "attributes.durability", "months", "Any effect has been seen to last months"),
                Arguments.of(
                        LASTING_RELIEF, "attributes.durability", "years", "Any effect has been seen to last years"),
                Arguments.of(
                        LASTING_RELIEF, "attributes.durability", "unknown", "Nobody knows how long any effect lasts"),
                Arguments.of(FEW_VISITS, "burden.visits", 0, "A course usually takes about 0 visits"),
                Arguments.of(FEW_VISITS, "burden.visits", 1, "A course usually takes about 1 visit"),
                Arguments.of(FEW_VISITS, "burden.visits", 12, "A course usually takes about 12 visits"),
                Arguments.of(
                        LOW_COST,
                        "burden.costBand",
                        "low",
                        "The cost is low (a rough guide that varies by country and insurer)"),
                Arguments.of(
                        LOW_COST,
                        "burden.costBand",
                        "medium",
                        "The cost is medium (a rough guide that varies by country and insurer)"),
                Arguments.of(
                        LOW_COST,
                        "burden.costBand",
                        "high",
                        "The cost is high (a rough guide that varies by country and insurer)"));
    }

    @ParameterizedTest(name = "{0} with {1} = {2}")
    @MethodSource("preferenceWords")
    void eachWeightedPreferenceIsExplainedInTheseWordsWithItsWeight(
            Preference preference, String path, Object value, String words) {
        EvidenceBase evidence =
                EvidenceBaseFixture.alikeOptions().set(OPTION, path, value).build();

        for (int weight = 1; weight <= Intake.MAX_PREFERENCE_WEIGHT; weight++) {
            Reason expected = new Reason(words + mattersSuffix(weight), List.of());
            Intake intake = IntakeFixture.in(IntakeRegion.LUMBAR)
                    .weight(preference, weight)
                    .build();

            assertThat(PreferenceFit.of(intake, evidence.option(OPTION)).reasons())
                    .as("weight %d", weight)
                    .containsExactly(expected);
            assertThat(evaluated(intake, evidence, OPTION).reasons())
                    .as("weight %d", weight)
                    .containsExactly(expected);
        }
    }

    static Stream<Arguments> evidenceWords() {
        return Stream.of(
                Arguments.of("benefit", "high", "Studies show a benefit, with high certainty"),
                Arguments.of("benefit", "moderate", "Studies show a benefit, with moderate certainty"),
                Arguments.of("benefit", "low", "Studies show a benefit, with low certainty"),
                Arguments.of("benefit", "very-low", "Studies show a benefit, with very low certainty"),
                Arguments.of("no-important-benefit", "moderate", "Studies do not show a clear benefit"),
                Arguments.of("harm-outweighs", "low", "Studies do not show a clear benefit"),
                Arguments.of("uncertain", "very-low", "Studies do not show a clear benefit"),
                Arguments.of("uncertain", "none", "No studies have tested it properly"));
    }

    @ParameterizedTest(name = "headline {0} with {1} certainty")
    @MethodSource("evidenceWords")
    void strongEvidenceIsExplainedInTheseWordsAndCitesTheHeadline(String direction, String certainty, String words) {
        EvidenceBase evidence = EvidenceBaseFixture.alikeOptions()
                .set(OPTION, "headline.direction", direction)
                .set(OPTION, "headline.certainty", certainty)
                .build();

        for (int weight = 1; weight <= Intake.MAX_PREFERENCE_WEIGHT; weight++) {
            Reason expected = new Reason(words + mattersSuffix(weight), List.of(EvidenceBaseFixture.HEADLINE_SOURCE));
            Intake intake = IntakeFixture.in(IntakeRegion.LUMBAR)
                    .weight(STRONG_EVIDENCE, weight)
                    .build();

            assertThat(PreferenceFit.of(intake, evidence.option(OPTION)).reasons())
                    .as("weight %d", weight)
                    .containsExactly(expected);
            assertThat(evaluated(intake, evidence, OPTION).reasons())
                    .as("weight %d", weight)
                    .containsExactly(expected);
        }
    }

    @Test
    void everyOptionExplainsEveryPreferenceInItsOwnWordsInTheOrderOfThePreferences() {
        EvidenceBaseFixture fixture = EvidenceBaseFixture.alikeOptions();
        // Each option gets a different mix of attributes, so that words taken from the wrong option would show.
        for (OptionId option : OptionId.values()) {
            int i = option.ordinal();
            fixture.set(option, "attributes.involvesSurgery", i % 2 == 0)
                    .set(option, "attributes.involvesNeedles", i % 3 == 0)
                    .set(option, "attributes.involvesMedication", i % 5 == 0)
                    .set(
                            option,
                            "attributes.timeToEffect",
                            pick(TimeToEffect.values(), i).id())
                    .set(
                            option,
                            "attributes.durability",
                            pick(Durability.values(), i).id())
                    .set(option, "burden.visits", i)
                    .set(option, "burden.costBand", pick(CostBand.values(), i).id())
                    .set(option, "headline.direction", i % 2 == 0 ? "benefit" : "uncertain")
                    .set(
                            option,
                            "headline.certainty",
                            pick(Certainty.values(), i + 1).id());
        }
        EvidenceBase evidence = fixture.build();

        for (int weight = 1; weight <= Intake.MAX_PREFERENCE_WEIGHT; weight++) {
            IntakeFixture everything = IntakeFixture.in(IntakeRegion.UNSURE);
            for (Preference preference : Preference.values()) {
                everything.weight(preference, weight);
            }
            Intake intake = everything.build();
            for (OptionId id : OptionId.values()) {
                OptionEvidence option = evidence.option(id);
                List<Reason> expected = new ArrayList<>();
                expected.add(new Reason(
                        "Whether this applies depends on where your stenosis is: it is used for " + regionWords(id)
                                + ".",
                        List.of()));
                for (Preference preference : Preference.values()) {
                    expected.add(new Reason(
                            words(preference, option) + mattersSuffix(weight),
                            preference == STRONG_EVIDENCE ? List.of(EvidenceBaseFixture.HEADLINE_SOURCE) : List.of()));
                }

                assertThat(evaluated(intake, evidence, id).reasons())
                        .as("%s at weight %d", id, weight)
                        .containsExactlyElementsOf(expected);
            }
        }
    }

    static Stream<Arguments> regionWords() {
        return Stream.of(
                Arguments.of(
                        OptionId.BRACE,
                        IntakeRegion.CERVICAL,
                        "Not used for stenosis in the neck; it is used for stenosis in the lower back."),
                Arguments.of(
                        OptionId.BRACE,
                        IntakeRegion.THORACIC,
                        "Not used for stenosis in the mid back; it is used for stenosis in the lower back."),
                Arguments.of(
                        OptionId.CERVICAL_SURGERY,
                        IntakeRegion.LUMBAR,
                        "Not used for stenosis in the lower back; it is used for stenosis in the neck."),
                Arguments.of(
                        OptionId.ACUPUNCTURE,
                        IntakeRegion.THORACIC,
                        "Not used for stenosis in the mid back; it is used for stenosis in the lower back and neck."),
                Arguments.of(
                        OptionId.DECOMPRESSION_SURGERY,
                        IntakeRegion.CERVICAL,
                        "Not used for stenosis in the neck; it is used for stenosis in the lower back and mid back."),
                Arguments.of(
                        OptionId.BRACE,
                        IntakeRegion.UNSURE,
                        "Whether this applies depends on where your stenosis is: it is used for stenosis in the lower"
                                + " back."),
                Arguments.of(
                        OptionId.WATCHFUL_WAITING,
                        IntakeRegion.UNSURE,
                        "Whether this applies depends on where your stenosis is: it is used for stenosis in the lower"
                                + " back, neck and mid back."));
    }

    @ParameterizedTest(name = "{0} for {1}")
    @MethodSource("regionWords")
    void theRegionReasonNamesWhereTheOptionIsUsedInTheseWords(OptionId option, IntakeRegion region, String words) {
        EvidenceBase evidence = EvidenceBaseFixture.alikeOptions().build();

        // The region reason comes first; the reason that no preference was given follows it.
        assertThat(evaluated(IntakeFixture.in(region).build(), evidence, option).reasons())
                .hasSize(2)
                .startsWith(new Reason(words, List.of()));
    }

    @Test
    void noPreferenceGivenIsExplainedInTheseWords() {
        EvidenceBase evidence = EvidenceBaseFixture.alikeOptions().build();

        assertThat(evaluated(IntakeFixture.in(IntakeRegion.LUMBAR).build(), evidence, OPTION)
                        .reasons())
                .containsExactly(new Reason(
                        "You did not say what matters most to you, so this option is neither favoured nor marked"
                                + " down.",
                        List.of()));
    }

    private static OptionEvaluation evaluated(Intake intake, EvidenceBase evidence, OptionId option) {
        return new OptionEvaluator(evidence)
                .evaluate(intake).options().stream()
                        .filter(evaluation -> evaluation.option() == option)
                        .findFirst()
                        .orElseThrow();
    }

    private static String mattersSuffix(int weight) {
        return " (this matters to you: " + weight + " of 4).";
    }

    /** The words of the tables above, for any option: the code is checked against them, not against itself. */
    private static String words(Preference preference, OptionEvidence option) {
        Attributes attributes = option.attributes();
        int visits = option.burden().visits();
        return switch (preference) {
            case AVOID_SURGERY ->
                attributes.involvesSurgery()
                        ? "This is an operation, and you want to avoid surgery"
                        : "This does not involve surgery";
            case AVOID_NEEDLES ->
                attributes.involvesNeedles() ? "This involves needles or injections" : "This involves no needles";
            case AVOID_MEDICATION ->
                attributes.involvesMedication()
                        ? "This works through a medicine"
                        : "This does not work through a medicine";
            case QUICK_RELIEF ->
                "If it helps, any effect usually comes within "
                        + Map.of(TimeToEffect.DAYS, "days", TimeToEffect.WEEKS, "weeks", TimeToEffect.MONTHS, "months")
                                .get(attributes.timeToEffect());
            case LASTING_RELIEF ->
                Map.of(
                                Durability.WEEKS,
                                "Any effect has been seen to last weeks",
                                Durability.MONTHS,
                                "Any effect has been seen to last months",
                                Durability.YEARS,
                                "Any effect has been seen to last years",
                                Durability.UNKNOWN,
                                "Nobody knows how long any effect lasts")
                        .get(attributes.durability());
            case FEW_VISITS -> "A course usually takes about " + visits + (visits == 1 ? " visit" : " visits");
            case LOW_COST ->
                "The cost is "
                        + Map.of(CostBand.LOW, "low", CostBand.MEDIUM, "medium", CostBand.HIGH, "high")
                                .get(option.burden().costBand())
                        + " (a rough guide that varies by country and insurer)";
            case STRONG_EVIDENCE -> evidenceWords(option);
        };
    }

    private static String evidenceWords(OptionEvidence option) {
        Certainty certainty = option.headline().certainty();
        if (option.headline().direction() == Direction.BENEFIT) {
            return "Studies show a benefit, with "
                    + Map.of(
                                    Certainty.HIGH,
                                    "high",
                                    Certainty.MODERATE,
                                    "moderate",
                                    Certainty.LOW,
                                    "low",
                                    Certainty.VERY_LOW,
                                    "very low",
                                    Certainty.NONE,
                                    "none")
                            .get(certainty)
                    + " certainty";
        }
        return certainty == Certainty.NONE
                ? "No studies have tested it properly"
                : "Studies do not show a clear benefit";
    }

    private static String regionWords(OptionId option) {
        return switch (option.regions().size()) {
            case 1 -> "stenosis in the " + inWords(option.regions().get(0).id());
            case 2 ->
                "stenosis in the " + inWords(option.regions().get(0).id()) + " and "
                        + inWords(option.regions().get(1).id());
            default ->
                "stenosis in the " + inWords(option.regions().get(0).id()) + ", "
                        + inWords(option.regions().get(1).id()) + " and "
                        + inWords(option.regions().get(2).id());
        };
    }

    private static String inWords(String region) {
        return Map.of("lumbar", "lower back", "cervical", "neck", "thoracic", "mid back")
                .get(region);
    }

    private static <T> T pick(T[] values, int index) {
        return values[index % values.length];
    }
}
