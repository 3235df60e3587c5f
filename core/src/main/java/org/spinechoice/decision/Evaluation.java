package org.spinechoice.decision;

import java.util.List;
import java.util.Objects;
import org.spinechoice.triage.TriageResult;

/** The triage result and every option evaluated for one intake, in display order. */
public record Evaluation(TriageResult triage, List<OptionEvaluation> options) {

    public Evaluation {
        Objects.requireNonNull(triage, "triage");
        options = List.copyOf(options);
    }
}
