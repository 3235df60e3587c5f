package org.spinechoice.evidence;

import java.util.Objects;

/**
 * What a course of an option asks of a person: visits, duration, time off and cost, all indicative and
 * region-dependent.
 */
public record Burden(int visits, String duration, String timeOff, CostBand costBand, boolean commonlyInsured) {

    public Burden {
        if (visits < 0) {
            throw new IllegalArgumentException("visits must not be negative: " + visits);
        }
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(timeOff, "timeOff");
        Objects.requireNonNull(costBand, "costBand");
    }
}
