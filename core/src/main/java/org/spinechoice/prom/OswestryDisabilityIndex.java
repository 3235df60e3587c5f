package org.spinechoice.prom;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Scores the Oswestry Disability Index v2.1a (Fairbank JC, Pynsent PB. Spine 2000;25(22):2940-2952; scoring as in
 * {@code spec/proms.md} and the evidence file, section 4).
 *
 * <p>{@code score = sum / (5 x answered sections) x 100}, rounded half-up to 1 decimal (16 of 45 gives 35.6, where
 * some printed examples truncate to 35.5); range 0-100, higher is worse. Missing-item rule: each unanswered section
 * lowers the denominator by 5, and at most 2 of the 10 sections may be unanswered, otherwise the response is
 * incomplete. Bands on the rounded score: up to 20 minimal, up to 40 moderate, up to 60 severe, up to 80 very-severe,
 * above that extreme (neutral labels for Fairbank's wording). Stateless and thread-safe.
 */
public final class OswestryDisabilityIndex {

    /** The possible scores. */
    public static final ScoreRange RANGE = new ScoreRange(0, 100);

    /** How many of the 10 sections may be unanswered. */
    public static final int MAX_MISSING = 2;

    private static final int POINTS_PER_SECTION = 5;

    private OswestryDisabilityIndex() {}

    /** Scores answers keyed {@code odi-1} to {@code odi-10}; an absent or null answer is unanswered. */
    public static PromScore score(Map<String, Integer> answers) {
        ItemAnswers given = ItemAnswers.of(Instrument.ODI, answers);
        return given.incompleteIfMoreMissingThan(MAX_MISSING, "sections").orElseGet(() -> {
            BigDecimal score = BigDecimal.valueOf(given.sum() * 100L)
                    .divide(BigDecimal.valueOf((long) POINTS_PER_SECTION * given.count()), 1, RoundingMode.HALF_UP);
            return PromScore.Scored.total(given, score, RANGE).withBand(band(score));
        });
    }

    /** The band of a rounded score: the upper edge of each band belongs to it (20.0 is minimal, 20.1 moderate). */
    public static Band band(BigDecimal roundedScore) {
        if (roundedScore.compareTo(BigDecimal.valueOf(20)) <= 0) {
            return Band.MINIMAL;
        }
        if (roundedScore.compareTo(BigDecimal.valueOf(40)) <= 0) {
            return Band.MODERATE;
        }
        if (roundedScore.compareTo(BigDecimal.valueOf(60)) <= 0) {
            return Band.SEVERE;
        }
        return roundedScore.compareTo(BigDecimal.valueOf(80)) <= 0 ? Band.VERY_SEVERE : Band.EXTREME;
    }
}
