package org.spinechoice.prom;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One questionnaire a course asks for at one time point: the days it may be taken, its target day and its state.
 *
 * @param opens the first day it counts for that time point; empty for the baseline, which has no earliest day
 * @param target the day it is aimed at: the course start for the baseline
 * @param closes the last day it counts for that time point
 */
public record ScheduledQuestionnaire(
        Timepoint timepoint,
        Instrument instrument,
        Optional<LocalDate> opens,
        LocalDate target,
        LocalDate closes,
        ScheduleState state) {

    public ScheduledQuestionnaire {
        Objects.requireNonNull(timepoint, "timepoint");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(closes, "closes");
        Objects.requireNonNull(state, "state");
    }
}
