package org.spinechoice.decision;

import java.util.ArrayList;
import java.util.List;
import org.spinechoice.evidence.Attributes;
import org.spinechoice.evidence.Certainty;
import org.spinechoice.evidence.Direction;
import org.spinechoice.evidence.Durability;
import org.spinechoice.evidence.OptionEvidence;
import org.spinechoice.triage.Intake;
import org.spinechoice.vocabulary.Preference;

/**
 * How well an option's attributes match what a person said matters to them, per {@code spec/options.md}:
 * Σ wᵢ·aᵢ / Σ wᵢ over the 8 preferences, rounded half-up to 2 decimals; 0.5 when no preference was given. Each
 * preference that counts is explained in words.
 *
 * <p>One instance serves one option. The matches and the explanation of every preference at every weight depend on
 * the option alone, so they are worked out once, when the instance is made; {@code fitFor} only adds up and picks.
 * Immutable and thread-safe.
 */
public final class PreferenceFit {

    /** The fit and its explanations. */
    public record Fit(double score, List<Reason> reasons) {
        public Fit {
            reasons = List.copyOf(reasons);
        }
    }

    private static final Preference[] PREFERENCES = Preference.values();

    private static final Fit NO_PREFERENCE_GIVEN = new Fit(
            0.5,
            List.of(Reason.unsourced(
                    "You did not say what matters most to you, so this option is neither favoured nor marked down.")));

    /** The closing words of each explanation, by weight. */
    private static final String[] MATTERS = {
        "",
        " (this matters to you: 1 of 4).",
        " (this matters to you: 2 of 4).",
        " (this matters to you: 3 of 4).",
        " (this matters to you: 4 of 4)."
    };

    /** Each aᵢ in whole hundredths, by preference ordinal. */
    private final long[] matchHundredths = new long[PREFERENCES.length];

    /** The explanation of each preference at each weight, by preference ordinal, then weight (never 0). */
    private final Reason[][] explanations = new Reason[PREFERENCES.length][Intake.MAX_PREFERENCE_WEIGHT + 1];

    /** Works out, once, everything the fit of {@code option} needs to know about it. */
    PreferenceFit(OptionEvidence option) {
        for (Preference preference : PREFERENCES) {
            matchHundredths[preference.ordinal()] = Math.round(match(preference, option) * 100);
            for (int weight = 1; weight <= Intake.MAX_PREFERENCE_WEIGHT; weight++) {
                explanations[preference.ordinal()][weight] = explain(preference, weight, option);
            }
        }
    }

    /** The fit of one option for one intake, for a caller that needs it once; {@link OptionEvaluator} keeps one. */
    public static Fit of(Intake intake, OptionEvidence option) {
        return new PreferenceFit(option).fitFor(weightsOf(intake));
    }

    /** The weight of every preference, by ordinal: looked up in the intake once, not once per option. */
    static int[] weightsOf(Intake intake) {
        int[] weights = new int[PREFERENCES.length];
        for (Preference preference : PREFERENCES) {
            weights[preference.ordinal()] = intake.weight(preference);
        }
        return weights;
    }

    Fit fitFor(int[] weights) {
        // Every aᵢ is a whole number of hundredths, so the weighted mean is rounded exactly in integers.
        long weightedHundredths = 0;
        int totalWeight = 0;
        List<Reason> reasons = new ArrayList<>(PREFERENCES.length);
        for (int preference = 0; preference < PREFERENCES.length; preference++) {
            int weight = weights[preference];
            if (weight == 0) {
                continue;
            }
            weightedHundredths += weight * matchHundredths[preference];
            totalWeight += weight;
            reasons.add(explanations[preference][weight]);
        }
        if (totalWeight == 0) {
            return NO_PREFERENCE_GIVEN;
        }
        long roundedHalfUp = (2 * weightedHundredths + totalWeight) / (2L * totalWeight);
        double score = roundedHalfUp / 100.0;
        return new Fit(score, reasons);
    }

    /** The aᵢ of the contract's table: how far the option meets one preference, from 0 to 1. */
    static double match(Preference preference, OptionEvidence option) {
        Attributes attributes = option.attributes();
        return switch (preference) {
            case AVOID_SURGERY -> attributes.involvesSurgery() ? 0 : 1;
            case AVOID_NEEDLES -> attributes.involvesNeedles() ? 0 : 1;
            case AVOID_MEDICATION -> attributes.involvesMedication() ? 0 : 1;
            case QUICK_RELIEF ->
                switch (attributes.timeToEffect()) {
                    case DAYS -> 1;
                    case WEEKS -> 0.5;
                    case MONTHS -> 0;
                };
            case LASTING_RELIEF ->
                switch (attributes.durability()) {
                    case YEARS -> 1;
                    case MONTHS -> 0.5;
                    case WEEKS -> 0;
                    case UNKNOWN -> 0.25;
                };
            case FEW_VISITS ->
                option.burden().visits() <= 2 ? 1 : option.burden().visits() <= 6 ? 0.5 : 0;
            case LOW_COST ->
                switch (option.burden().costBand()) {
                    case LOW -> 1;
                    case MEDIUM -> 0.5;
                    case HIGH -> 0;
                };
            case STRONG_EVIDENCE ->
                option.headline().direction() != Direction.BENEFIT
                        ? 0
                        : switch (option.headline().certainty()) {
                            case HIGH -> 1;
                            case MODERATE -> 0.67;
                            case LOW -> 0.33;
                            case VERY_LOW -> 0.1;
                            case NONE -> 0;
                        };
        };
    }

    private static Reason explain(Preference preference, int weight, OptionEvidence option) {
        String matters = MATTERS[weight];
        Attributes attributes = option.attributes();
        return switch (preference) {
            case AVOID_SURGERY ->
                Reason.unsourced((attributes.involvesSurgery()
                                ? "This is an operation, and you want to avoid surgery"
                                : "This does not involve surgery")
                        + matters);
            case AVOID_NEEDLES ->
                Reason.unsourced((attributes.involvesNeedles()
                                ? "This involves needles or injections"
                                : "This involves no needles")
                        + matters);
            case AVOID_MEDICATION ->
                Reason.unsourced((attributes.involvesMedication()
                                ? "This works through a medicine"
                                : "This does not work through a medicine")
                        + matters);
            case QUICK_RELIEF ->
                Reason.unsourced("If it helps, any effect usually comes within "
                        + attributes.timeToEffect().id() + matters);
            case LASTING_RELIEF ->
                Reason.unsourced(
                        attributes.durability() == Durability.UNKNOWN
                                ? "Nobody knows how long any effect lasts" + matters
                                : "Any effect has been seen to last "
                                        + attributes.durability().id() + matters);
            case FEW_VISITS ->
                Reason.unsourced("A course usually takes about "
                        + option.burden().visits() + " visit" + (option.burden().visits() == 1 ? "" : "s") + matters);
            case LOW_COST ->
                Reason.unsourced("The cost is " + option.burden().costBand().id()
                        + " (a rough guide that varies by country and insurer)" + matters);
            case STRONG_EVIDENCE ->
                new Reason(evidenceInWords(option) + matters, option.headline().sourceIds());
        };
    }

    private static String evidenceInWords(OptionEvidence option) {
        Certainty certainty = option.headline().certainty();
        if (option.headline().direction() == Direction.BENEFIT) {
            return "Studies show a benefit, with " + certainty.id().replace('-', ' ') + " certainty";
        }
        return certainty == Certainty.NONE
                ? "No studies have tested it properly"
                : "Studies do not show a clear benefit";
    }
}
