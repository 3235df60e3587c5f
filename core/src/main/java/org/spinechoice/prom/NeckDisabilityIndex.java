package org.spinechoice.prom;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Scores the Neck Disability Index (Vernon H, Mior S. JMPT 1991;14(7):409-415; Vernon H. JMPT 2008;31:491-502;
 * scoring as in {@code spec/proms.md} and the evidence file, section 4).
 *
 * <p>Raw {@code score = sum x 10 / answered}, rounded half-up to 1 decimal, range 0-50; {@code percent} is the rounded
 * score times 2, range 0-100. Higher is worse. Missing-item rule (Vernon's note): an unanswered item is replaced by
 * the mean of the answered ones, which is what the formula does; at most 2 of the 10 items may be unanswered,
 * otherwise the response is incomplete. Bands on the raw (/50) score: below 5 none, below 15 mild, below 25 moderate,
 * below 35 severe, from 35 complete. Stateless and thread-safe.
 */
public final class NeckDisabilityIndex {

    /** The possible raw scores (/50). */
    public static final ScoreRange RANGE = new ScoreRange(0, 50);

    /** How many of the 10 items may be unanswered. */
    public static final int MAX_MISSING = 2;

    private static final int ITEMS = 10;

    private NeckDisabilityIndex() {}

    /** Scores answers keyed {@code ndi-1} to {@code ndi-10}; an absent or null answer is unanswered. */
    public static PromScore score(Map<String, Integer> answers) {
        ItemAnswers given = ItemAnswers.of(Instrument.NDI, answers);
        return given.incompleteIfMoreMissingThan(MAX_MISSING, "items").orElseGet(() -> {
            BigDecimal score = BigDecimal.valueOf((long) given.sum() * ITEMS)
                    .divide(BigDecimal.valueOf(given.count()), 1, RoundingMode.HALF_UP);
            return PromScore.Scored.total(given, score, RANGE)
                    .withPercent(score.multiply(BigDecimal.valueOf(2)))
                    .withBand(band(score));
        });
    }

    /**
     * The band of a raw (/50) score, applied to the score as reported (rounded to 1 decimal). No score from 8 or more
     * answered items lies less than 0.05 below a band edge, so rounding first never changes the band.
     */
    public static Band band(BigDecimal rawScore) {
        if (rawScore.compareTo(BigDecimal.valueOf(5)) < 0) {
            return Band.NONE;
        }
        if (rawScore.compareTo(BigDecimal.valueOf(15)) < 0) {
            return Band.MILD;
        }
        if (rawScore.compareTo(BigDecimal.valueOf(25)) < 0) {
            return Band.MODERATE;
        }
        return rawScore.compareTo(BigDecimal.valueOf(35)) < 0 ? Band.SEVERE : Band.COMPLETE;
    }
}
