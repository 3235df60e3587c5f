package org.spinechoice.outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.spinechoice.prom.Instrument;
import org.spinechoice.prom.ResponderRule;
import org.spinechoice.prom.Timepoint;

/**
 * The figures of one group of courses for one instrument and follow-up time point, under the instrument's responder
 * rule. Stateless and thread-safe.
 */
public final class OutcomeAnalysis {

    /** The smallest followed-up group whose figures are shown (issue 5; DESIGN.md: "groups under 10 patients"). */
    public static final int MIN_GROUP = 10;

    private OutcomeAnalysis() {}

    /** The rule an instrument is analysed with; only instruments with a responder rule can be analysed. */
    public static ResponderRule ruleOf(Instrument instrument) {
        return ResponderRule.of(instrument)
                .orElseThrow(() -> new IllegalArgumentException(instrument.id() + " has no responder rule"));
    }

    public static GroupOutcome analyse(
            List<CourseOutcome> courses, Instrument instrument, Timepoint timepoint, int minGroup) {
        Objects.requireNonNull(courses, "courses");
        if (timepoint.window().isEmpty()) {
            throw new IllegalArgumentException("outcomes are counted at a follow-up time point, not " + timepoint.id());
        }
        if (minGroup < 2) {
            throw new IllegalArgumentException("the group threshold must be at least 2 for an interval: " + minGroup);
        }
        ResponderRule rule = ruleOf(instrument);
        int withBaseline = 0;
        int littleRoom = 0;
        int responders = 0;
        List<Double> changes = new ArrayList<>();
        List<TimeToEvent> times = new ArrayList<>();
        int responded = 0;
        for (CourseOutcome course : courses) {
            if (course.baseline().isEmpty()) {
                continue;
            }
            withBaseline++;
            Scores baseline = course.baseline().get();
            if (!Responders.leavesRoom(rule, baseline)) {
                littleRoom++;
                continue;
            }
            Optional<Scores> followUp = course.followUp(timepoint);
            Optional<Boolean> response = followUp.flatMap(scores -> Responders.isResponse(rule, baseline, scores));
            if (response.isPresent()) {
                changes.add(followUp.get().value().subtract(baseline.value()).doubleValue());
                if (response.get()) {
                    responders++;
                }
            }
            if (course.firstResponseDay().isPresent()) {
                times.add(TimeToEvent.event(course.firstResponseDay().getAsInt()));
                responded++;
            } else if (course.lastFollowUpDay().isPresent()) {
                times.add(TimeToEvent.censored(course.lastFollowUpDay().getAsInt()));
            }
        }
        int followedUp = changes.size();
        boolean tooFew = followedUp < minGroup;
        Optional<Proportion> rate = tooFew ? Optional.empty() : Optional.of(Proportion.of(responders, followedUp));
        Optional<MeanChange> meanChange = tooFew
                ? Optional.empty()
                : Optional.of(MeanChange.of(
                        changes.stream().mapToDouble(Double::doubleValue).toArray()));
        TimeToResponse timeToResponse = new TimeToResponse(
                times.size(),
                responded,
                times.size() < minGroup ? Optional.empty() : Optional.of(KaplanMeier.estimate(times)));
        return new GroupOutcome(
                courses.size(),
                withBaseline,
                littleRoom,
                followedUp,
                responders,
                rate,
                meanChange,
                tooFew,
                minGroup,
                timeToResponse);
    }
}
