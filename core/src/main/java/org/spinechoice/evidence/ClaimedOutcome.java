package org.spinechoice.evidence;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a claimed figure actually measured, so that it can be set beside other outcomes like with like.
 *
 * @param instrument a PROM id of {@code spec/proms.md} (for example {@code nrs-back}) or {@code other}
 * @param change the change counted as success, for example "reduction ≥ 50%"
 * @param population who was studied
 * @param collection how and when the outcome was collected
 * @param timepoint the follow-up time point of {@code spec/proms.md} at which a clinic's own questionnaires measure the
 *     same thing ({@code 6w}, {@code 3m}, {@code 6m} or {@code 12m}); empty when none does, and then no clinic figure is
 *     set beside the claim
 */
public record ClaimedOutcome(
        String instrument, String change, String population, String collection, Optional<String> timepoint) {

    /** The follow-up time points a claim may be matched at, as ids of {@code spec/proms.md}. */
    public static final List<String> FOLLOW_UP_TIMEPOINTS = List.of("6w", "3m", "6m", "12m");

    public ClaimedOutcome {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(population, "population");
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(timepoint, "timepoint");
        timepoint.ifPresent(id -> {
            if (!FOLLOW_UP_TIMEPOINTS.contains(id)) {
                throw new IllegalArgumentException("a claim is matched at " + FOLLOW_UP_TIMEPOINTS + ", not " + id);
            }
        });
    }
}
