package org.spinechoice.prom;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Scores a numeric pain rating, worst pain in the past week, for the back, leg, neck or arm ({@code nrs-back},
 * {@code nrs-leg}, {@code nrs-neck}, {@code nrs-arm}; responder rule from Ostelo RW et al. Spine 2008;33(1):90-94;
 * scoring as in {@code spec/proms.md}).
 *
 * <p>The score is the single answer {@code nrs}, range 0-10, higher is worse, with no band. Missing-item rule: the
 * single item is required; without it the response is incomplete. Stateless and thread-safe.
 */
public final class NumericRatingScale {

    /** The possible scores. */
    public static final ScoreRange RANGE = new ScoreRange(0, 10);

    /** The four pain ratings this class scores. */
    public static final Set<Instrument> INSTRUMENTS =
            EnumSet.of(Instrument.NRS_BACK, Instrument.NRS_LEG, Instrument.NRS_NECK, Instrument.NRS_ARM);

    private NumericRatingScale() {}

    /** Scores the answer {@code nrs} of one of the four pain ratings; an absent or null answer is unanswered. */
    public static PromScore score(Instrument instrument, Map<String, Integer> answers) {
        if (!INSTRUMENTS.contains(instrument)) {
            throw new IllegalArgumentException(instrument.id() + " is not a numeric pain rating");
        }
        ItemAnswers given = ItemAnswers.of(instrument, answers);
        return given.incompleteIfMoreMissingThan(0, "item")
                .orElseGet(() -> PromScore.Scored.total(given, BigDecimal.valueOf(given.sum()), RANGE));
    }
}
