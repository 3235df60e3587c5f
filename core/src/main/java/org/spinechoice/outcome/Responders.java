package org.spinechoice.outcome;

import java.math.BigDecimal;
import java.util.Optional;
import org.spinechoice.prom.ResponderRule;

/**
 * A responder rule of {@code spec/proms.md} applied to {@link Scores}: to the score, or for the ZCQ to both of its
 * subscales, each of which must meet it.
 */
final class Responders {

    private Responders() {}

    /** Whether the baseline leaves room to improve (for the ZCQ: both subscales do); unknown counts as no room. */
    static boolean leavesRoom(ResponderRule rule, Scores baseline) {
        if (!rule.leavesRoomToImprove(baseline.value())) {
            return false;
        }
        if (rule.subscales().isEmpty()) {
            return true;
        }
        return baseline.physicalFunction().map(rule::leavesRoomToImprove).orElse(false);
    }

    /** Whether the follow-up is a response; empty when it cannot be judged (a ZCQ subscale without a value). */
    static Optional<Boolean> isResponse(ResponderRule rule, Scores baseline, Scores followUp) {
        boolean primary = rule.isResponse(baseline.value(), followUp.value());
        if (rule.subscales().isEmpty()) {
            return Optional.of(primary);
        }
        if (baseline.physicalFunction().isEmpty() || followUp.physicalFunction().isEmpty()) {
            return Optional.empty();
        }
        BigDecimal base = baseline.physicalFunction().get();
        return Optional.of(
                primary && rule.isResponse(base, followUp.physicalFunction().get()));
    }
}
