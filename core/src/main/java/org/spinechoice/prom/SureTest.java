package org.spinechoice.prom;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Scores the SURE test of decisional conflict (Légaré F et al. Can Fam Physician 2010;56(8):e308-e314, PMID 20705870;
 * scoring as in {@code spec/proms.md} and the evidence file, section 6).
 *
 * <p>Four yes/no items ({@code sure-1..sure-4}), yes = 1 and no = 0; the score is their sum, range 0-4, higher is
 * better. A score of 3 or less means decisional conflict. Missing-item rule: all four items are required. Stateless
 * and thread-safe.
 */
public final class SureTest {

    /** The possible scores. */
    public static final ScoreRange RANGE = new ScoreRange(0, 4);

    /** The highest score that still means decisional conflict. */
    public static final int CONFLICT_AT_OR_BELOW = 3;

    private SureTest() {}

    /** Scores answers keyed {@code sure-1} to {@code sure-4}; an absent or null answer is unanswered. */
    public static PromScore score(Map<String, Integer> answers) {
        ItemAnswers given = ItemAnswers.of(Instrument.SURE, answers);
        return given.incompleteIfMoreMissingThan(0, "items")
                .orElseGet(() -> PromScore.Scored.total(given, BigDecimal.valueOf(given.sum()), RANGE)
                        .withDecisionalConflict(given.sum() <= CONFLICT_AT_OR_BELOW));
    }
}
