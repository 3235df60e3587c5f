package org.spinechoice.app.clinic.patientfile;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.spinechoice.prom.ScheduleState;
import org.spinechoice.prom.ScheduledQuestionnaire;
import org.spinechoice.prom.Timepoint;

/**
 * One time point of a course's schedule: its days, shared by its instruments, and each instrument's state in the
 * order of the course's instruments.
 */
public record ScheduleRow(
        Timepoint timepoint,
        Optional<LocalDate> opens,
        LocalDate target,
        LocalDate closes,
        List<ScheduleState> states) {

    public ScheduleRow {
        Objects.requireNonNull(timepoint, "timepoint");
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(closes, "closes");
        states = List.copyOf(states);
    }

    /** The rows of a schedule listed by time point then instrument, as {@code PromSchedule} gives it. */
    static List<ScheduleRow> of(List<ScheduledQuestionnaire> schedule) {
        return schedule.stream()
                .map(ScheduledQuestionnaire::timepoint)
                .distinct()
                .map(timepoint -> {
                    List<ScheduledQuestionnaire> row = schedule.stream()
                            .filter(scheduled -> scheduled.timepoint() == timepoint)
                            .toList();
                    ScheduledQuestionnaire first = row.get(0);
                    return new ScheduleRow(
                            timepoint,
                            first.opens(),
                            first.target(),
                            first.closes(),
                            row.stream().map(ScheduledQuestionnaire::state).toList());
                })
                .toList();
    }
}
