package org.spinechoice.app.clinic.outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.spinechoice.app.platform.Messages;
import org.spinechoice.evidence.ClaimedOutcome;
import org.spinechoice.outcome.ClaimCheckResult;
import org.spinechoice.outcome.ClaimMeasure;
import org.spinechoice.outcome.Verdict;
import org.spinechoice.prom.FollowUpWindow;

/** A claim check in words: the clinic's measure and the caveats that go with the comparison. Thread-safe. */
public final class ClaimCheckWords {

    private final Messages messages;

    public ClaimCheckWords(Messages messages) {
        this.messages = messages;
    }

    /** The clinic's measure in words; empty when it has none. */
    public Optional<String> measure(ClaimCheckResult check) {
        return check.measure().map(this::measure);
    }

    private String measure(ClaimMeasure measure) {
        FollowUpWindow window = measure.timepoint().window().orElseThrow();
        return messages.get(
                "outcomes.measure",
                messages.get("outcomes.instrument." + measure.instrument().id()),
                messages.get(measure.strict() ? "outcomes.measure.strict" : "outcomes.measure.atLeast"),
                measure.percent().stripTrailingZeros().toPlainString(),
                timepoint(measure),
                window.firstDay(),
                window.lastDay());
    }

    /** What a reader must keep in mind, most important first. */
    public List<String> caveats(ClaimCheckResult check) {
        ClaimedOutcome outcome = check.claim().outcome().orElseThrow();
        List<String> caveats = new ArrayList<>();
        if (check.verdict() == Verdict.NO_MATCHING_MEASURE) {
            caveats.add(messages.get(
                    "outcomes.caveat.noMatch", outcome.change(), outcome.instrument(), outcome.collection()));
            return caveats;
        }
        ClaimMeasure measure = check.measure().orElseThrow();
        caveats.add(messages.get("outcomes.caveat.population", outcome.population()));
        caveats.add(messages.get("outcomes.caveat.collection", outcome.collection()));
        caveats.add(messages.get("outcomes.caveat.time", timepoint(measure)));
        if (check.verdict() == Verdict.TOO_FEW_TO_SAY) {
            caveats.add(messages.get(
                    "outcomes.caveat.tooFew", check.followedUp(), timepoint(measure), OutcomesService.minGroup()));
        }
        if (check.notFollowedUp() > 0) {
            caveats.add(messages.get(
                    "outcomes.caveat.lost",
                    check.notFollowedUp(),
                    check.withBaseline() - check.littleRoomToImprove(),
                    timepoint(measure)));
        }
        if (check.littleRoomToImprove() > 0) {
            caveats.add(messages.get("outcomes.caveat.littleRoom", check.littleRoomToImprove()));
        }
        caveats.add(messages.get("outcomes.caveat.noComparison"));
        return caveats;
    }

    private String timepoint(ClaimMeasure measure) {
        return messages.get("clinic.timepoint." + measure.timepoint().id());
    }
}
