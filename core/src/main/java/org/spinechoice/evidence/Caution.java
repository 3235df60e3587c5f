package org.spinechoice.evidence;

import java.util.List;
import java.util.Objects;

/**
 * A rule from an option's evidence file that marks the option {@code caution} or {@code not-advised} for some
 * people, with the reason in plain words and its sources.
 */
public record Caution(
        String id, CautionCondition when, Suitability suitability, String reason, List<String> sourceIds) {

    public Caution {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(suitability, "suitability");
        if (suitability != Suitability.CAUTION && suitability != Suitability.NOT_ADVISED) {
            throw new IllegalArgumentException("a caution gives caution or not-advised, not " + suitability);
        }
        sourceIds = List.copyOf(sourceIds);
    }
}
