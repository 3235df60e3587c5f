package org.spinechoice.outcome;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Kaplan–Meier time to first response of a group.
 *
 * @param patients the patients in the analysis: a baseline with room to improve and at least one follow-up
 * @param responded how many of them responded at some follow-up
 * @param curve the Kaplan–Meier table; empty when {@code patients} is below the group threshold
 */
public record TimeToResponse(int patients, int responded, Optional<List<SurvivalStep>> curve) {

    public TimeToResponse {
        Objects.requireNonNull(curve, "curve");
        curve = curve.map(List::copyOf);
    }
}
