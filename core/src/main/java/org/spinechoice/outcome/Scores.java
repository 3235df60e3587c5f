package org.spinechoice.outcome;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The values of one response that outcome figures use: the score, or for the ZCQ its symptom-severity subscale, and
 * for the ZCQ also its physical-function subscale (the responder rule asks for both).
 */
public record Scores(BigDecimal value, Optional<BigDecimal> physicalFunction) {

    public Scores {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(physicalFunction, "physicalFunction");
    }

    public static Scores of(BigDecimal value) {
        return new Scores(value, Optional.empty());
    }

    public static Scores zcq(BigDecimal symptomSeverity, BigDecimal physicalFunction) {
        return new Scores(symptomSeverity, Optional.ofNullable(physicalFunction));
    }
}
