package org.spinechoice.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.spinechoice.evidence.Attributes;
import org.spinechoice.evidence.Burden;
import org.spinechoice.evidence.Certainty;
import org.spinechoice.evidence.CostBand;
import org.spinechoice.evidence.Direction;
import org.spinechoice.evidence.Durability;
import org.spinechoice.evidence.EvidenceBaseFixture;
import org.spinechoice.evidence.Headline;
import org.spinechoice.evidence.OptionEvidence;
import org.spinechoice.evidence.TimeToEffect;
import org.spinechoice.triage.Intake;
import org.spinechoice.vocabulary.IntakeRegion;
import org.spinechoice.vocabulary.OptionId;
import org.spinechoice.vocabulary.Preference;

/**
 * The preference fit over 10,000 random options and weightings from a fixed seed (plain {@link Random}, so a failure
 * names its input and reproduces): it stays within 0..1, has at most 2 decimals, and equals the contract's formula
 * computed here in exact decimals.
 */
class PreferenceFitRangeTest {

    private static final long SEED = 20_260_311L;
    private static final int CASES = 10_000;

    /** The contract's aᵢ values, written out again so that the code is checked against the table, not itself. */
    private static final Map<Certainty, String> BENEFIT_CERTAINTY = Map.of(
            Certainty.HIGH,
            "1",
            Certainty.MODERATE,
            "0.67",
            Certainty.LOW,
            "0.33",
            Certainty.VERY_LOW,
            "0.1",
            Certainty.NONE,
            "0");

    @Test
    void fitStaysWithinZeroAndOneAndEqualsTheFormulaInExactDecimals() {
        Random random = new Random(SEED);
        OptionEvidence template = EvidenceBaseFixture.alikeOptions().build().option(OptionId.PROLOTHERAPY);
        for (int i = 0; i < CASES; i++) {
            OptionEvidence option = randomOption(template, random);
            IntakeFixture fixture = IntakeFixture.in(IntakeRegion.LUMBAR);
            for (Preference preference : Preference.values()) {
                if (random.nextBoolean()) {
                    fixture.weight(preference, random.nextInt(Intake.MAX_PREFERENCE_WEIGHT + 1));
                }
            }
            Intake intake = fixture.build();

            double score = PreferenceFit.of(intake, option).score();

            String input = "attributes " + option.attributes() + ", burden " + option.burden() + ", headline "
                    + option.headline().direction() + "/" + option.headline().certainty() + ", weights "
                    + intake.preferences();
            assertThat(score).as(input).isBetween(0.0, 1.0);
            assertThat(BigDecimal.valueOf(score).stripTrailingZeros().scale())
                    .as(input)
                    .isLessThanOrEqualTo(2);
            assertThat(score).as(input).isEqualTo(byTheContract(intake, option));
        }
    }

    private static double byTheContract(Intake intake, OptionEvidence option) {
        BigDecimal weighted = BigDecimal.ZERO;
        int totalWeight = 0;
        for (Preference preference : Preference.values()) {
            int weight = intake.weight(preference);
            weighted = weighted.add(new BigDecimal(match(preference, option)).multiply(BigDecimal.valueOf(weight)));
            totalWeight += weight;
        }
        if (totalWeight == 0) {
            return 0.5;
        }
        return weighted.divide(BigDecimal.valueOf(totalWeight), 20, RoundingMode.HALF_UP)
                .setScale(2, RoundingMode.HALF_UP)
                .doubleValue();
    }

    private static String match(Preference preference, OptionEvidence option) {
        Attributes attributes = option.attributes();
        int visits = option.burden().visits();
        return switch (preference) {
            case AVOID_SURGERY -> attributes.involvesSurgery() ? "0" : "1";
            case AVOID_NEEDLES -> attributes.involvesNeedles() ? "0" : "1";
            case AVOID_MEDICATION -> attributes.involvesMedication() ? "0" : "1";
            case QUICK_RELIEF ->
                Map.of(TimeToEffect.DAYS, "1", TimeToEffect.WEEKS, "0.5", TimeToEffect.MONTHS, "0")
                        .get(attributes.timeToEffect());
            case LASTING_RELIEF ->
                Map.of(
                                Durability.YEARS,
                                "1",
                                Durability.MONTHS,
                                "0.5",
                                Durability.WEEKS,
                                "0",
                                Durability.UNKNOWN,
                                "0.25")
                        .get(attributes.durability());
            case FEW_VISITS -> visits <= 2 ? "1" : visits <= 6 ? "0.5" : "0";
            case LOW_COST ->
                Map.of(CostBand.LOW, "1", CostBand.MEDIUM, "0.5", CostBand.HIGH, "0")
                        .get(option.burden().costBand());
            case STRONG_EVIDENCE ->
                option.headline().direction() == Direction.BENEFIT
                        ? BENEFIT_CERTAINTY.get(option.headline().certainty())
                        : "0";
        };
    }

    private static OptionEvidence randomOption(OptionEvidence template, Random random) {
        Attributes attributes = new Attributes(
                random.nextBoolean(),
                random.nextBoolean(),
                random.nextBoolean(),
                pick(TimeToEffect.values(), random),
                pick(Durability.values(), random));
        Burden burden = new Burden(random.nextInt(12), "a while", "none", pick(CostBand.values(), random), false);
        Headline headline = new Headline(
                "A headline.",
                pick(Direction.values(), random),
                pick(Certainty.values(), random),
                template.headline().sourceIds());
        return new OptionEvidence(
                template.id(),
                template.name(),
                template.category(),
                template.regions(),
                template.lastReviewed(),
                template.reviewedBy(),
                template.summary(),
                template.whatItInvolves(),
                template.howItIsThoughtToWork(),
                headline,
                burden,
                attributes,
                template.benefits(),
                template.harms(),
                template.claims(),
                template.cautions(),
                template.sources());
    }

    private static <T> T pick(T[] values, Random random) {
        return values[random.nextInt(values.length)];
    }
}
