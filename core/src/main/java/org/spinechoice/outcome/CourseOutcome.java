package org.spinechoice.outcome;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.spinechoice.prom.Timepoint;

/**
 * What one course's responses to one instrument come to: the course baseline, the follow-up used at each time point,
 * and, for time to response, the first day a follow-up met the responder rule or else the last day of follow-up.
 *
 * @param baseline the course baseline ({@code spec/proms.md}), if any
 * @param followUps the follow-up used at each follow-up time point that has one
 * @param firstResponseDay the course day of the first follow-up that is a response, if any (needs a baseline)
 * @param lastFollowUpDay the course day of the last follow-up of any time point, if any
 */
public record CourseOutcome(
        Optional<Scores> baseline,
        Map<Timepoint, Scores> followUps,
        OptionalInt firstResponseDay,
        OptionalInt lastFollowUpDay) {

    public CourseOutcome {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(firstResponseDay, "firstResponseDay");
        Objects.requireNonNull(lastFollowUpDay, "lastFollowUpDay");
        followUps = followUps.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(followUps));
        if (followUps.containsKey(Timepoint.BASELINE) || followUps.containsKey(Timepoint.OTHER)) {
            throw new IllegalArgumentException("follow-ups are kept only at 6w, 3m, 6m and 12m");
        }
    }

    public Optional<Scores> followUp(Timepoint timepoint) {
        return Optional.ofNullable(followUps.get(timepoint));
    }
}
