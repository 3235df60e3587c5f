package org.spinechoice.triage;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Applies every red-flag rule and reports the highest urgency with every finding. A pure function: the same input
 * always gives the same result, whatever the order or repetition of its items.
 */
public final class Triage {

    private Triage() {}

    public static TriageResult assess(TriageInput input) {
        List<Finding> findings = RedFlagRules.ALL.stream()
                .map(rule -> rule.evaluate(input))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(Finding::urgency)
                        .thenComparing(finding -> finding.rule().ordinal()))
                .toList();
        Urgency urgency = findings.isEmpty() ? Urgency.ROUTINE : findings.get(0).urgency();
        return new TriageResult(urgency, findings, TriageResult.DISCLAIMER);
    }
}
