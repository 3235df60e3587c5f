package org.spinechoice.app.clinic.promresponse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.spinechoice.prom.Instrument;
import org.spinechoice.prom.PromSchedule;
import org.spinechoice.prom.Timepoint;

class CourseScheduleTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 2);

    @Test
    void aBaselineOfAnyCourseOrNoneCountsWhenTakenNoLaterThanDay14() {
        List<AnsweredTimepoint> responses = List.of(
                answered(Optional.empty(), Instrument.ODI, Timepoint.BASELINE, START.minusDays(30)),
                answered(Optional.of("earlier-course"), Instrument.ZCQ, Timepoint.BASELINE, START.plusDays(14)),
                answered(Optional.of("this-course"), Instrument.NRS_LEG, Timepoint.BASELINE, START.plusDays(15)));

        assertThat(CourseSchedule.answered("this-course", START, responses))
                .containsExactlyInAnyOrder(
                        new PromSchedule.Answered(Instrument.ODI, Timepoint.BASELINE),
                        new PromSchedule.Answered(Instrument.ZCQ, Timepoint.BASELINE));
    }

    @Test
    void aFollowUpCountsOnlyForItsOwnCourse() {
        List<AnsweredTimepoint> responses = List.of(
                answered(Optional.of("this-course"), Instrument.ODI, Timepoint.SIX_WEEKS, START.plusDays(42)),
                answered(Optional.of("other-course"), Instrument.ZCQ, Timepoint.SIX_WEEKS, START.plusDays(42)),
                answered(Optional.empty(), Instrument.NRS_BACK, Timepoint.SIX_WEEKS, START.plusDays(42)));

        assertThat(CourseSchedule.answered("this-course", START, responses))
                .containsExactly(new PromSchedule.Answered(Instrument.ODI, Timepoint.SIX_WEEKS));
    }

    private static AnsweredTimepoint answered(
            Optional<String> course, Instrument instrument, Timepoint timepoint, LocalDate takenOn) {
        return new AnsweredTimepoint(course, instrument, timepoint, takenOn);
    }
}
