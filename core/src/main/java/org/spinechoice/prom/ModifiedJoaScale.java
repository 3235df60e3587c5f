package org.spinechoice.prom;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Scores the modified Japanese Orthopaedic Association scale, Benzel version, rated by a clinician (bands from
 * Tetreault L et al. Eur Spine J 2017;26(1):78-84, PMID 27342612; scoring as in {@code spec/proms.md} and the
 * evidence file, section 4).
 *
 * <p>The score is the sum of upper-limb motor (0-5), lower-limb motor (0-7), upper-limb sensation (0-3) and bladder
 * (0-3): range 0-18, higher is better. Missing-item rule: all four items are required. Bands: 18 none, 15-17 mild,
 * 12-14 moderate, 0-11 severe. The Benzel subscore structure is marked for checking in the evidence file (section 7,
 * item 6), so every score carries {@link #STRUCTURE_NOTE} until it is checked. Stateless and thread-safe.
 */
public final class ModifiedJoaScale {

    /** The possible scores. */
    public static final ScoreRange RANGE = new ScoreRange(0, 18);

    /** The caution shown beside every mJOA score until the subscore structure has been checked. */
    public static final String STRUCTURE_NOTE = "The mJOA subscore structure (Benzel version) is marked for checking"
            + " in the evidence file; other 17-point JOA variants circulate.";

    private ModifiedJoaScale() {}

    /** Scores answers keyed by the four mJOA item ids; an absent or null answer is unanswered. */
    public static PromScore score(Map<String, Integer> answers) {
        ItemAnswers given = ItemAnswers.of(Instrument.MJOA, answers);
        return given.incompleteIfMoreMissingThan(0, "items")
                .orElseGet(() -> PromScore.Scored.total(given, BigDecimal.valueOf(given.sum()), RANGE)
                        .withBand(band(given.sum()))
                        .withNote(STRUCTURE_NOTE));
    }

    /** The band of a total: 18 none, 15-17 mild, 12-14 moderate, 0-11 severe. */
    public static Band band(int score) {
        if (score >= 18) {
            return Band.NONE;
        }
        if (score >= 15) {
            return Band.MILD;
        }
        return score >= 12 ? Band.MODERATE : Band.SEVERE;
    }
}
