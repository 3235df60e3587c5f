package org.spinechoice.prom;

import java.math.BigDecimal;

/** The lowest and highest score an instrument can produce, written in JSON as {@code [min, max]}. */
public record ScoreRange(int min, int max) {

    public ScoreRange {
        if (min > max) {
            throw new IllegalArgumentException("min " + min + " above max " + max);
        }
    }

    /** Whether {@code score} lies inside the range, ends included. */
    public boolean contains(BigDecimal score) {
        return score.compareTo(BigDecimal.valueOf(min)) >= 0 && score.compareTo(BigDecimal.valueOf(max)) <= 0;
    }
}
