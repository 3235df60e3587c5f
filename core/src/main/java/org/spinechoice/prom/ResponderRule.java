package org.spinechoice.prom;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.spinechoice.vocabulary.Coded;

/**
 * The responder rules of {@code spec/proms.md} ("Change and response"): how far a follow-up score must improve on
 * the course baseline for the patient to count as a responder, and how much room to improve a baseline must leave
 * for the patient to enter a responder analysis at all. Each rule is a named constant with its source, so the list
 * reads like the table it implements. Stateless and thread-safe.
 *
 * <p>The improvement needed is the larger of a number of points and a share of the baseline; a rule that asks for
 * both (the pain rating: 30% and 2 points) is met only when both are. For the ZCQ the rule applies to each of its
 * {@link #subscales()}, and a responder meets it on both.
 */
public enum ResponderRule implements Coded {
    /** A fall of at least 30% of the baseline (Ostelo 2008; NORDSTEN, validated in stenosis). */
    ODI_30_PERCENT("odi-30-percent", List.of(Instrument.ODI), Improvement.FALL, "0", "0.30", "20", false),
    /** A fall of at least 5 points out of 50 (Vernon). */
    NDI_5_POINTS("ndi-5-points", List.of(Instrument.NDI), Improvement.FALL, "5", "0", "5", false),
    /** A fall of at least 30% of the baseline and of at least 2 points (Ostelo 2008). */
    NRS_30_PERCENT_AND_2_POINTS(
            "nrs-30-percent-and-2-points",
            List.of(Instrument.NRS_BACK, Instrument.NRS_LEG, Instrument.NRS_NECK, Instrument.NRS_ARM),
            Improvement.FALL,
            "2",
            "0.30",
            "3",
            false),
    /** Symptom severity and physical function each fall by at least 0.5 (Stucki 1996; thresholds to be checked). */
    ZCQ_HALF_POINT_EACH("zcq-half-point-each", List.of(Instrument.ZCQ), Improvement.FALL, "0.5", "0", "1.5", true),
    /** A rise of at least 2 points (Tetreault 2015). */
    MJOA_2_POINTS("mjoa-2-points", List.of(Instrument.MJOA), Improvement.RISE, "2", "0", "17", false);

    /** Which way a score moves when the patient is better. */
    public enum Improvement {
        /** Lower is better: ODI, NDI, pain ratings, ZCQ. */
        FALL,
        /** Higher is better: mJOA. */
        RISE
    }

    private final String id;
    private final List<Instrument> instruments;
    private final Improvement improvement;
    private final BigDecimal points;
    private final BigDecimal shareOfBaseline;
    private final BigDecimal roomLimit;
    private final boolean markedForChecking;

    ResponderRule(
            String id,
            List<Instrument> instruments,
            Improvement improvement,
            String points,
            String shareOfBaseline,
            String roomLimit,
            boolean markedForChecking) {
        this.id = id;
        this.instruments = List.copyOf(instruments);
        this.improvement = improvement;
        this.points = new BigDecimal(points);
        this.shareOfBaseline = new BigDecimal(shareOfBaseline);
        this.roomLimit = new BigDecimal(roomLimit);
        this.markedForChecking = markedForChecking;
    }

    @Override
    public String id() {
        return id;
    }

    /** The rule for an instrument; empty for those the spec gives none (SURE, walking tolerance). */
    public static Optional<ResponderRule> of(Instrument instrument) {
        Objects.requireNonNull(instrument, "instrument");
        for (ResponderRule rule : values()) {
            if (rule.instruments.contains(instrument)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    public List<Instrument> instruments() {
        return instruments;
    }

    public Improvement improvement() {
        return improvement;
    }

    /** Whether the spec marks the rule's thresholds for checking, so pages must say so beside it. */
    public boolean markedForChecking() {
        return markedForChecking;
    }

    /** The ZCQ subscales the rule applies to, each on its own; empty when it applies to the score. */
    public List<String> subscales() {
        return this == ZCQ_HALF_POINT_EACH
                ? List.of(
                        ZurichClaudicationQuestionnaire.SYMPTOM_SEVERITY,
                        ZurichClaudicationQuestionnaire.PHYSICAL_FUNCTION)
                : List.of();
    }

    /** How many points a follow-up must improve on {@code baseline}: the points or the share, whichever is more. */
    public BigDecimal requiredImprovement(BigDecimal baseline) {
        Objects.requireNonNull(baseline, "baseline");
        return points.max(shareOfBaseline.multiply(baseline)).stripTrailingZeros();
    }

    /**
     * The score a follow-up must reach to count as a response: at or below it for a fall, at or above it for a rise.
     * It may lie outside the instrument's range when the baseline leaves little room to improve.
     */
    public BigDecimal threshold(BigDecimal baseline) {
        BigDecimal change = requiredImprovement(baseline);
        BigDecimal threshold = improvement == Improvement.FALL ? baseline.subtract(change) : baseline.add(change);
        return threshold.stripTrailingZeros();
    }

    /** Whether a follow-up score is a response compared with {@code baseline}. */
    public boolean isResponse(BigDecimal baseline, BigDecimal followUp) {
        Objects.requireNonNull(followUp, "followUp");
        int comparison = followUp.compareTo(threshold(baseline));
        return improvement == Improvement.FALL ? comparison <= 0 : comparison >= 0;
    }

    /**
     * Whether a patient with this baseline enters a responder analysis (ODI at least 20, NDI 5, pain rating 3, each
     * ZCQ subscale 1.5; mJOA at most 17). The others are shown as "little room to improve", never dropped.
     */
    public boolean leavesRoomToImprove(BigDecimal baseline) {
        Objects.requireNonNull(baseline, "baseline");
        int comparison = baseline.compareTo(roomLimit);
        return improvement == Improvement.FALL ? comparison >= 0 : comparison <= 0;
    }
}
