package org.spinechoice.decision;

import java.util.List;
import java.util.Objects;
import org.spinechoice.evidence.Suitability;
import org.spinechoice.vocabulary.OptionId;

/**
 * How one option sits with one person: its suitability with every reason that applies, and how well it fits what
 * they said matters to them (0–1). It is never a recommendation.
 */
public record OptionEvaluation(OptionId option, Suitability suitability, List<Reason> reasons, double preferenceFit) {

    public OptionEvaluation {
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(suitability, "suitability");
        reasons = List.copyOf(reasons);
        if (!(preferenceFit >= 0 && preferenceFit <= 1)) {
            throw new IllegalArgumentException("preference fit must be from 0 to 1: " + preferenceFit);
        }
    }
}
