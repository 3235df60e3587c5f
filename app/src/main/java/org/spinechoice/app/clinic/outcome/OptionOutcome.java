package org.spinechoice.app.clinic.outcome;

import java.util.List;
import java.util.Objects;
import org.spinechoice.evidence.OptionEvidence;
import org.spinechoice.outcome.ClaimCheckResult;
import org.spinechoice.outcome.GroupOutcome;

/** One option's figures at one time point, with the claims about it checked against the clinic's own measure. */
public record OptionOutcome(OptionEvidence option, GroupOutcome figures, List<ClaimCheckResult> claimChecks) {

    public OptionOutcome {
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(figures, "figures");
        claimChecks = List.copyOf(claimChecks);
    }
}
