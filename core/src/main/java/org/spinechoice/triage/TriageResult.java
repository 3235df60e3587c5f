package org.spinechoice.triage;

import java.util.List;
import java.util.Objects;

/**
 * How soon to get help and why: the highest urgency of all findings ({@code ROUTINE} when none), the findings from
 * most to least urgent, and the disclaimer. It never says what the person has.
 */
public record TriageResult(Urgency urgency, List<Finding> findings, String disclaimer) {

    /** Shown with every triage result. */
    public static final String DISCLAIMER = "This check says how soon to get help and why. It cannot tell you what "
            + "is wrong, and it is not a diagnosis. If you feel very unwell or are worried, get help now, whatever "
            + "this check says.";

    public TriageResult {
        Objects.requireNonNull(urgency, "urgency");
        findings = List.copyOf(findings);
        Objects.requireNonNull(disclaimer, "disclaimer");
    }

    /** Whether any rule fired. */
    public boolean hasFindings() {
        return !findings.isEmpty();
    }
}
