package org.spinechoice.app.demo;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What to load into the demo clinic.
 *
 * @param patients how many synthetic patients, 1 to {@link #MAX_PATIENTS}
 * @param seed the same seed (and the same {@code today}) gives the same patients
 * @param today the day the data is built around: courses start in the months before it, and no questionnaire is
 *     taken after it
 * @param replace whether to delete the demo clinic's records first; without it, a clinic that has patients is refused
 */
public record DemoLoad(int patients, long seed, LocalDate today, boolean replace) {

    /** Enough for any demonstration or load test, and the audit entry's description of the load stays short. */
    public static final int MAX_PATIENTS = 1_000_000;

    public DemoLoad {
        Objects.requireNonNull(today, "today");
        if (patients < 1 || patients > MAX_PATIENTS) {
            throw new IllegalArgumentException("from 1 to " + MAX_PATIENTS + " patients: " + patients);
        }
    }
}
