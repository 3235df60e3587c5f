package org.spinechoice.evidence;

import java.util.Set;
import org.spinechoice.vocabulary.HealthFactor;
import org.spinechoice.vocabulary.IntakeRegion;
import org.spinechoice.vocabulary.OptionId;
import org.spinechoice.vocabulary.RedFlagRuleName;

/** When a caution applies: if the intake holds any one of the listed items. */
public record CautionCondition(
        Set<HealthFactor> healthFactors,
        Set<OptionId> triedOptions,
        Set<IntakeRegion> regions,
        Set<RedFlagRuleName> triageFindings) {

    public CautionCondition {
        healthFactors = Set.copyOf(healthFactors);
        triedOptions = Set.copyOf(triedOptions);
        regions = Set.copyOf(regions);
        triageFindings = Set.copyOf(triageFindings);
        if (healthFactors.isEmpty() && triedOptions.isEmpty() && regions.isEmpty() && triageFindings.isEmpty()) {
            throw new IllegalArgumentException("a caution condition must name at least one item");
        }
    }
}
