package org.spinechoice.prom;

import java.util.Map;
import java.util.Objects;

/**
 * The single entry point for scoring a questionnaire: sends each instrument to its scoring class. Stateless and
 * thread-safe.
 */
public final class PromScoring {

    private PromScoring() {}

    /**
     * Scores {@code answers} (item id to answer; an absent or {@code null} answer is unanswered). Too many unanswered
     * items give {@link PromScore.Incomplete}. Answers from outside must be read with {@link AnswerReader} first: an
     * unknown item id or a value out of range here is a programming error.
     *
     * @throws IllegalArgumentException when an item id is unknown or an answer is out of range
     */
    public static PromScore score(Instrument instrument, Map<String, Integer> answers) {
        Objects.requireNonNull(instrument, "instrument");
        return switch (instrument) {
            case ODI -> OswestryDisabilityIndex.score(answers);
            case NDI -> NeckDisabilityIndex.score(answers);
            case ZCQ -> ZurichClaudicationQuestionnaire.score(answers);
            case NRS_BACK, NRS_LEG, NRS_NECK, NRS_ARM -> NumericRatingScale.score(instrument, answers);
            case MJOA -> ModifiedJoaScale.score(answers);
            case SURE -> SureTest.score(answers);
            case WALKING -> WalkingTolerance.score(answers);
        };
    }
}
