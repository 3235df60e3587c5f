package org.spinechoice.prom;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What {@link CourseBaseline} needs to know of a stored response: its id (whatever the store uses), the time point it
 * is stored under and the day it was taken.
 *
 * @param <I> the type of the store's response ids
 */
public record TimedResponse<I>(I id, Timepoint timepoint, LocalDate takenOn) {

    public TimedResponse {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(timepoint, "timepoint");
        Objects.requireNonNull(takenOn, "takenOn");
    }
}
