package org.spinechoice.app.clinic.questionnaire;

import java.time.LocalDate;
import java.util.Objects;
import org.spinechoice.prom.Instrument;
import org.spinechoice.prom.ScheduleState;
import org.spinechoice.prom.ScheduledQuestionnaire;
import org.spinechoice.prom.Timepoint;

/**
 * A questionnaire one of the patient's courses asks for now (due, or overdue while its time point's window is still
 * open) that the patient answers themselves.
 *
 * @param courseStart day 0 of the course, which the patient's page names to tell two courses apart
 * @param answerBy the last day an answer counts for its time point
 */
public record DueQuestionnaire(
        String courseId,
        LocalDate courseStart,
        Timepoint timepoint,
        Instrument instrument,
        ScheduleState state,
        LocalDate answerBy) {

    public DueQuestionnaire {
        Objects.requireNonNull(courseId, "courseId");
        Objects.requireNonNull(courseStart, "courseStart");
        Objects.requireNonNull(timepoint, "timepoint");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(answerBy, "answerBy");
        if (!state.actionable() || !instrument.answerableByLink()) {
            throw new IllegalArgumentException("only a due, patient-answered questionnaire is offered on a link");
        }
    }

    static DueQuestionnaire of(String courseId, LocalDate courseStart, ScheduledQuestionnaire scheduled) {
        return new DueQuestionnaire(
                courseId,
                courseStart,
                scheduled.timepoint(),
                scheduled.instrument(),
                scheduled.state(),
                scheduled.closes());
    }

    /** Whether it is a follow-up, asked after treatment began: only then does the ZCQ ask about satisfaction. */
    public boolean afterTreatment() {
        return timepoint != Timepoint.BASELINE;
    }

    /** Whether it is this course's questionnaire of this instrument at this time point. */
    boolean is(String otherCourseId, Timepoint otherTimepoint, Instrument otherInstrument) {
        return courseId.equals(otherCourseId) && timepoint == otherTimepoint && instrument == otherInstrument;
    }
}
