package org.spinechoice.triage;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.spinechoice.evidence.Source;
import org.spinechoice.vocabulary.RedFlagRuleName;

/**
 * One red-flag rule of the triage contract: its name, its sources, plain advice for each urgency it can reach, and
 * the test that decides whether and how urgently it fires. Immutable; the rules themselves are listed in
 * {@link RedFlagRules}.
 */
public record RedFlagRule(
        RedFlagRuleName name,
        List<Source> sources,
        Map<Urgency, String> advice,
        Function<TriageInput, Optional<Firing>> test) {

    /** How a rule fired: the urgency of the highest row that applies, and the inputs that made it fire. */
    public record Firing(Urgency urgency, List<String> because) {
        public Firing {
            Objects.requireNonNull(urgency, "urgency");
            because = List.copyOf(because);
        }
    }

    public RedFlagRule {
        Objects.requireNonNull(name, "name");
        sources = List.copyOf(sources);
        advice = Map.copyOf(advice);
        Objects.requireNonNull(test, "test");
    }

    /** Applies the rule; a finding carries the advice for the urgency reached. */
    public Optional<Finding> evaluate(TriageInput input) {
        return test.apply(input)
                .map(firing -> new Finding(
                        name,
                        firing.urgency(),
                        firing.because(),
                        Objects.requireNonNull(
                                advice.get(firing.urgency()),
                                () -> name.id() + " has no advice for " + firing.urgency()),
                        sources.stream().map(Source::id).toList()));
    }
}
