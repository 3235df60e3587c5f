package org.spinechoice.outcome;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome figures of one group (an option, within the caller's filters) for one instrument and time point.
 *
 * @param started courses started (a patient with two courses of one option counts twice)
 * @param withBaseline courses with a course baseline for the instrument
 * @param littleRoomToImprove of those, courses whose baseline leaves little room to improve (not analysed, shown)
 * @param followedUp courses with room to improve and a follow-up at the time point: the responder denominator
 * @param responders of those, courses whose follow-up meets the responder rule
 * @param responderRate responders / followedUp with its interval; empty when too few to say
 * @param meanChange follow-up minus baseline over the followed up; empty when too few to say
 * @param tooFewToSay whether {@code followedUp} is below {@code minGroup}
 * @param minGroup the threshold in use
 * @param timeToResponse Kaplan–Meier time to first response
 */
public record GroupOutcome(
        int started,
        int withBaseline,
        int littleRoomToImprove,
        int followedUp,
        int responders,
        Optional<Proportion> responderRate,
        Optional<MeanChange> meanChange,
        boolean tooFewToSay,
        int minGroup,
        TimeToResponse timeToResponse) {

    public GroupOutcome {
        Objects.requireNonNull(responderRate, "responderRate");
        Objects.requireNonNull(meanChange, "meanChange");
        Objects.requireNonNull(timeToResponse, "timeToResponse");
        if (tooFewToSay && (responderRate.isPresent() || meanChange.isPresent())) {
            throw new IllegalArgumentException("a group too small to say anything about shows no figures");
        }
    }

    /** Courses with room to improve but no follow-up at the time point: loss to follow-up, shown, never hidden. */
    public int notFollowedUp() {
        return withBaseline - littleRoomToImprove - followedUp;
    }
}
