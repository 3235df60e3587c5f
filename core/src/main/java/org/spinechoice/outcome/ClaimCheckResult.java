package org.spinechoice.outcome;

import java.util.Objects;
import java.util.Optional;
import org.spinechoice.evidence.Claim;

/**
 * A claimed figure set beside the clinic's own figure for the same measure.
 *
 * @param claim the claim, with its figure and what that figure measured
 * @param measure the clinic's matching measure; empty when it has none
 * @param withBaseline courses with a course baseline on the measure's instrument
 * @param littleRoomToImprove of those, courses whose baseline leaves little room to improve
 * @param followedUp courses with room to improve and a follow-up at the matching time point
 * @param observed the share of {@code followedUp} who met the measure, with its interval; empty when too few
 * @param verdict where the claimed figure lies against {@code observed}
 */
public record ClaimCheckResult(
        Claim claim,
        Optional<ClaimMeasure> measure,
        int withBaseline,
        int littleRoomToImprove,
        int followedUp,
        Optional<Proportion> observed,
        Verdict verdict) {

    public ClaimCheckResult {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(observed, "observed");
        Objects.requireNonNull(verdict, "verdict");
        if (claim.figure().isEmpty()) {
            throw new IllegalArgumentException("only a claim with a figure can be checked");
        }
        boolean compared = verdict == Verdict.ABOVE || verdict == Verdict.WITHIN || verdict == Verdict.BELOW;
        if (compared != observed.isPresent()) {
            throw new IllegalArgumentException("a comparison needs the clinic's figure, and only a comparison has one");
        }
    }

    public double claimedFigure() {
        return claim.figure().getAsDouble();
    }

    /** Courses with room to improve but no follow-up at the matching time point. */
    public int notFollowedUp() {
        return withBaseline - littleRoomToImprove - followedUp;
    }
}
