package org.spinechoice.triage;

import java.util.List;
import java.util.Objects;
import org.spinechoice.vocabulary.RedFlagRuleName;

/**
 * One red-flag rule that fired: at what urgency, because of which inputs (vocabulary ids, or conditions such as
 * {@code course=rapidly-worsening}), what to do in plain words, and the sources behind the rule.
 */
public record Finding(
        RedFlagRuleName rule, Urgency urgency, List<String> because, String advice, List<String> sources) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(urgency, "urgency");
        because = List.copyOf(because);
        Objects.requireNonNull(advice, "advice");
        sources = List.copyOf(sources);
        if (because.isEmpty()) {
            throw new IllegalArgumentException("a finding names the inputs that fired it");
        }
        if (urgency == Urgency.ROUTINE) {
            throw new IllegalArgumentException("a red-flag finding is never routine");
        }
    }
}
