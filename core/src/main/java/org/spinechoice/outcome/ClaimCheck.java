package org.spinechoice.outcome;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.spinechoice.evidence.Claim;
import org.spinechoice.prom.ResponderRule;

/**
 * Sets a claimed figure beside the clinic's own figure for the same measure, like with like. Stateless.
 *
 * <p>The clinic's figure counts the courses whose baseline on the claim's instrument leaves room to improve (the
 * responder analysis's rule, so both figures start from the same patients) and that have a follow-up at the matching
 * time point; of those, the share whose score fell as the claim's outcome says. The claimed figure is then above,
 * within or below that share's 95% Wilson interval.
 */
public final class ClaimCheck {

    private ClaimCheck() {}

    /**
     * @param claim a claim with a figure
     * @param courses the outcomes of the option's courses (within the caller's filters) on the claim's instrument;
     *     ignored when the claim has no matching measure
     */
    public static ClaimCheckResult check(Claim claim, List<CourseOutcome> courses, int minGroup) {
        Objects.requireNonNull(courses, "courses");
        Optional<ClaimMeasure> measure = claim.outcome().flatMap(ClaimMeasure::of);
        if (measure.isEmpty()) {
            return new ClaimCheckResult(claim, measure, 0, 0, 0, Optional.empty(), Verdict.NO_MATCHING_MEASURE);
        }
        ClaimMeasure matching = measure.get();
        ResponderRule rule = OutcomeAnalysis.ruleOf(matching.instrument());
        int withBaseline = 0;
        int littleRoom = 0;
        int followedUp = 0;
        int met = 0;
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
            Optional<Scores> followUp = course.followUp(matching.timepoint());
            if (followUp.isPresent()) {
                followedUp++;
                if (matching.isMet(baseline.value(), followUp.get().value())) {
                    met++;
                }
            }
        }
        if (withBaseline == 0) {
            return new ClaimCheckResult(claim, measure, 0, 0, 0, Optional.empty(), Verdict.NO_MATCHING_MEASURE);
        }
        if (followedUp < minGroup) {
            return new ClaimCheckResult(
                    claim, measure, withBaseline, littleRoom, followedUp, Optional.empty(), Verdict.TOO_FEW_TO_SAY);
        }
        Proportion observed = Proportion.of(met, followedUp);
        double claimed = claim.figure().getAsDouble();
        Verdict verdict = claimed > observed.ci().upper()
                ? Verdict.ABOVE
                : claimed < observed.ci().lower() ? Verdict.BELOW : Verdict.WITHIN;
        return new ClaimCheckResult(
                claim, measure, withBaseline, littleRoom, followedUp, Optional.of(observed), verdict);
    }
}
