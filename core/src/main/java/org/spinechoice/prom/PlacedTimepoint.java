package org.spinechoice.prom;

import java.util.Objects;

/**
 * The time point a response is stored under, and whether its date falls outside that time point's days (only ever
 * true for a time point that was stated rather than worked out from the date).
 */
public record PlacedTimepoint(Timepoint timepoint, boolean outsideWindow) {

    public PlacedTimepoint {
        Objects.requireNonNull(timepoint, "timepoint");
        if (timepoint == Timepoint.OTHER && outsideWindow) {
            throw new IllegalArgumentException("'other' has no window to fall outside of");
        }
    }
}
