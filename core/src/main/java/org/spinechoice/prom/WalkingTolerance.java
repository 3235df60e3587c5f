package org.spinechoice.prom;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Scores walking tolerance: how many minutes the patient can walk ({@code spec/proms.md}; a SpineChoice measure, not
 * a published instrument, with the same 0-600 bound as the intake's {@code walkingMinutes}).
 *
 * <p>The score is the single answer {@code walking-minutes}, range 0-600 minutes, higher is better, with no band.
 * Missing-item rule: the single item is required; without it the response is incomplete. Stateless and thread-safe.
 */
public final class WalkingTolerance {

    /** The possible scores, in minutes. */
    public static final ScoreRange RANGE = new ScoreRange(0, 600);

    private WalkingTolerance() {}

    /** Scores the answer {@code walking-minutes}; an absent or null answer is unanswered. */
    public static PromScore score(Map<String, Integer> answers) {
        ItemAnswers given = ItemAnswers.of(Instrument.WALKING, answers);
        return given.incompleteIfMoreMissingThan(0, "item")
                .orElseGet(() -> PromScore.Scored.total(given, BigDecimal.valueOf(given.sum()), RANGE));
    }
}
