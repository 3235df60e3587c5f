package org.spinechoice.prom;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of scoring one questionnaire: a score, or a questionnaire with too many unanswered items (the API's
 * 422). Both are ordinary outcomes, returned rather than thrown.
 */
public sealed interface PromScore {

    /** The instrument that was scored. */
    Instrument instrument();

    /** The item ids left unanswered, in questionnaire order. */
    List<String> missing();

    /**
     * A scored questionnaire, holding every member the API response may carry; which are present depends on the
     * instrument ({@code spec/proms.md}, API). The score always lies inside the range.
     *
     * @param score the total; empty for the ZCQ, which has only subscales
     * @param percent the NDI score as a percentage
     * @param range the possible scores; empty for the ZCQ
     * @param band the severity band (ODI, NDI, mJOA)
     * @param answered how many items were answered
     * @param subscales the ZCQ subscale means, in questionnaire order
     * @param incomplete the ids of subscales left empty because too many of their items were unanswered
     * @param decisionalConflict whether the SURE test shows decisional conflict
     * @param note a caution to show beside the score, such as a structure still to be checked
     */
    record Scored(
            Instrument instrument,
            Optional<BigDecimal> score,
            Optional<BigDecimal> percent,
            Optional<ScoreRange> range,
            Optional<Band> band,
            int answered,
            List<String> missing,
            List<SubscaleScore> subscales,
            List<String> incomplete,
            Optional<Boolean> decisionalConflict,
            Optional<String> note)
            implements PromScore {

        public Scored {
            Objects.requireNonNull(instrument, "instrument");
            Objects.requireNonNull(score, "score");
            Objects.requireNonNull(percent, "percent");
            Objects.requireNonNull(range, "range");
            Objects.requireNonNull(band, "band");
            Objects.requireNonNull(decisionalConflict, "decisionalConflict");
            Objects.requireNonNull(note, "note");
            missing = List.copyOf(missing);
            subscales = List.copyOf(subscales);
            incomplete = List.copyOf(incomplete);
            if (answered < 0 || score.isPresent() != range.isPresent()) {
                throw new IllegalArgumentException("answered must be >= 0 and a score comes with its range");
            }
            if (score.isPresent() && !range.get().contains(score.get())) {
                throw new IllegalArgumentException(
                        instrument.id() + " score " + score.get() + " outside " + range.get());
            }
        }

        /** A total score with its range, without band or instrument-specific members. */
        static Scored total(ItemAnswers answers, BigDecimal score, ScoreRange range) {
            return new Scored(
                    answers.instrument(),
                    Optional.of(score),
                    Optional.empty(),
                    Optional.of(range),
                    Optional.empty(),
                    answers.count(),
                    answers.missing(),
                    List.of(),
                    List.of(),
                    Optional.empty(),
                    Optional.empty());
        }

        Scored withBand(Band value) {
            return new Scored(
                    instrument,
                    score,
                    percent,
                    range,
                    Optional.of(value),
                    answered,
                    missing,
                    subscales,
                    incomplete,
                    decisionalConflict,
                    note);
        }

        Scored withPercent(BigDecimal value) {
            return new Scored(
                    instrument,
                    score,
                    Optional.of(value),
                    range,
                    band,
                    answered,
                    missing,
                    subscales,
                    incomplete,
                    decisionalConflict,
                    note);
        }

        Scored withDecisionalConflict(boolean value) {
            return new Scored(
                    instrument,
                    score,
                    percent,
                    range,
                    band,
                    answered,
                    missing,
                    subscales,
                    incomplete,
                    Optional.of(value),
                    note);
        }

        Scored withNote(String value) {
            return new Scored(
                    instrument,
                    score,
                    percent,
                    range,
                    band,
                    answered,
                    missing,
                    subscales,
                    incomplete,
                    decisionalConflict,
                    Optional.of(value));
        }
    }

    /**
     * Too many items were unanswered to score (the API's 422).
     *
     * @param reason a sentence naming the rule that was not met, without patient data
     * @param maxMissing how many items may be unanswered; for the ZCQ, per subscale
     */
    record Incomplete(Instrument instrument, String reason, List<String> missing, int maxMissing) implements PromScore {

        public Incomplete {
            Objects.requireNonNull(instrument, "instrument");
            Objects.requireNonNull(reason, "reason");
            missing = List.copyOf(missing);
            if (missing.isEmpty() || maxMissing < 0) {
                throw new IllegalArgumentException("an incomplete response names its missing items");
            }
        }
    }
}
