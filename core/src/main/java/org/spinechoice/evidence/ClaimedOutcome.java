package org.spinechoice.evidence;

import java.util.Objects;

/**
 * What a claimed figure actually measured, so that it can be set beside other outcomes like with like.
 *
 * @param instrument a PROM id of {@code spec/proms.md} (for example {@code nrs-back}) or {@code other}
 * @param change the change counted as success, for example "reduction ≥ 50%"
 * @param population who was studied
 * @param collection how and when the outcome was collected
 */
public record ClaimedOutcome(String instrument, String change, String population, String collection) {

    public ClaimedOutcome {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(population, "population");
        Objects.requireNonNull(collection, "collection");
    }
}
