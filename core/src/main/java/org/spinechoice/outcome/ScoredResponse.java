package org.spinechoice.outcome;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.spinechoice.prom.Timepoint;

/**
 * A stored response to one instrument as outcome figures see it.
 *
 * @param courseId the course it was recorded for, if any
 * @param timepoint the time point it is stored under
 * @param outsideWindow whether it was stored under a follow-up time point its date lies outside
 * @param takenOn the day it was answered
 * @param scores its values
 */
public record ScoredResponse(
        Optional<String> courseId, Timepoint timepoint, boolean outsideWindow, LocalDate takenOn, Scores scores) {

    public ScoredResponse {
        Objects.requireNonNull(courseId, "courseId");
        Objects.requireNonNull(timepoint, "timepoint");
        Objects.requireNonNull(takenOn, "takenOn");
        Objects.requireNonNull(scores, "scores");
    }
}
