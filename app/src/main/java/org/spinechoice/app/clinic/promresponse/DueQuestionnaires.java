package org.spinechoice.app.clinic.promresponse;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.spinechoice.app.clinic.course.OpenCourse;
import org.spinechoice.prom.Instrument;
import org.spinechoice.prom.ScheduleState;
import org.spinechoice.prom.Timepoint;

/**
 * The questionnaires one course asks for at one time point that are due or overdue: a course's instruments share
 * their days, so they are asked for together, as one row of the clinic's list.
 */
public record DueQuestionnaires(
        OpenCourse course,
        Timepoint timepoint,
        List<Instrument> instruments,
        LocalDate target,
        LocalDate closes,
        ScheduleState state) {

    public DueQuestionnaires {
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(timepoint, "timepoint");
        instruments = List.copyOf(instruments);
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(closes, "closes");
        Objects.requireNonNull(state, "state");
        if (instruments.isEmpty() || !state.actionable()) {
            throw new IllegalArgumentException("a due row names the questionnaires due or overdue");
        }
    }
}
