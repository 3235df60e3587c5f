package org.spinechoice.evidence;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * An outcome as "N of 100 people" on the option and, when the source compared it, on the comparator.
 *
 * @param treatment people out of 100 with the outcome on this option (0–100, decimals allowed)
 * @param comparison people out of 100 with the outcome on the comparator, when the source gives it
 * @param event what the counted people experienced, completing the phrase "N of 100 people …"
 */
public record NaturalFrequency(double treatment, OptionalDouble comparison, String event) {

    public NaturalFrequency {
        requirePerHundred(treatment, "treatment");
        Objects.requireNonNull(comparison, "comparison");
        comparison.ifPresent(value -> requirePerHundred(value, "comparison"));
        Objects.requireNonNull(event, "event");
    }

    private static void requirePerHundred(double value, String name) {
        if (!(value >= 0 && value <= 100)) {
            throw new IllegalArgumentException(name + " must be between 0 and 100 people: " + value);
        }
    }
}
