package org.spinechoice.prom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CourseBaselineTest {

    private static final LocalDate START = LocalDate.of(2025, 3, 10);

    @Test
    void theBaselineIsTheLatestBaselineTakenNoLaterThanDayFourteen() {
        List<TimedResponse<String>> responses = List.of(
                response("early", Timepoint.BASELINE, -40),
                response("day-14", Timepoint.BASELINE, 14),
                response("day-3", Timepoint.BASELINE, 3));

        assertThat(CourseBaseline.choose(responses, START))
                .map(TimedResponse::id)
                .hasValue("day-14");
    }

    @Test
    void aBaselineStatedAfterDayFourteenDoesNotCount() {
        List<TimedResponse<String>> responses =
                List.of(response("before", Timepoint.BASELINE, -2), response("late", Timepoint.BASELINE, 15));

        assertThat(CourseBaseline.choose(responses, START))
                .map(TimedResponse::id)
                .hasValue("before");
    }

    @Test
    void followUpsAndOtherResponsesAreNeverTheBaseline() {
        List<TimedResponse<String>> responses = List.of(
                response("other", Timepoint.OTHER, 0),
                response("six-weeks", Timepoint.SIX_WEEKS, 5),
                response("three-months", Timepoint.THREE_MONTHS, 91));

        assertThat(CourseBaseline.choose(responses, START)).isEmpty();
    }

    @Test
    void aBaselineTakenBeforeTheCourseStartedCounts() {
        List<TimedResponse<Long>> responses = List.of(new TimedResponse<>(7L, Timepoint.BASELINE, START.minusYears(1)));

        assertThat(CourseBaseline.choose(responses, START))
                .map(TimedResponse::id)
                .hasValue(7L);
    }

    @Test
    void ofTwoBaselinesOnTheSameDayTheOneReceivedLaterWins() {
        List<TimedResponse<String>> responses =
                List.of(response("first", Timepoint.BASELINE, 1), response("second", Timepoint.BASELINE, 1));

        assertThat(CourseBaseline.choose(responses, START))
                .map(TimedResponse::id)
                .hasValue("second");
    }

    @Test
    void withoutResponsesThereIsNoBaseline() {
        assertThat(CourseBaseline.choose(List.<TimedResponse<String>>of(), START))
                .isEmpty();
    }

    private static TimedResponse<String> response(String id, Timepoint timepoint, long day) {
        return new TimedResponse<>(id, timepoint, START.plusDays(day));
    }
}
