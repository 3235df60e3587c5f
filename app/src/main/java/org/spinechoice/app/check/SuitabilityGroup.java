package org.spinechoice.app.check;

import java.util.List;
import java.util.Objects;
import org.spinechoice.decision.OptionEvaluation;
import org.spinechoice.evidence.Suitability;

/** The evaluated options that share one suitability, in the evaluation's order (preference fit, then the table). */
public record SuitabilityGroup(Suitability suitability, List<OptionEvaluation> options) {

    /** The order in which the groups are shown: most pressing first, then suitable before caution. */
    static final List<Suitability> DISPLAY_ORDER =
            List.of(Suitability.URGENT_CARE_FIRST, Suitability.SUITABLE, Suitability.CAUTION, Suitability.NOT_ADVISED);

    public SuitabilityGroup {
        Objects.requireNonNull(suitability, "suitability");
        options = List.copyOf(options);
    }
}
