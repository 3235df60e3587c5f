package org.spinechoice.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinechoice.outcome.Courses.START;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.spinechoice.prom.Instrument;
import org.spinechoice.prom.Timepoint;

class CourseOutcomesTest {

    private static final String COURSE = "course-1";

    private static ScoredResponse response(String course, Timepoint timepoint, int day, double score) {
        return response(course, timepoint, false, day, score);
    }

    private static ScoredResponse response(String course, Timepoint timepoint, boolean outside, int day, double score) {
        return new ScoredResponse(
                Optional.ofNullable(course), timepoint, outside, START.plusDays(day), Courses.score(score));
    }

    @Test
    void takesTheLatestBaselineUpToDayFourteenFromAnyCourseOrNone() {
        CourseOutcome outcome = CourseOutcomes.summarise(
                Instrument.ODI,
                COURSE,
                START,
                List.of(
                        response(null, Timepoint.BASELINE, -30, 50),
                        response("other-course", Timepoint.BASELINE, -3, 44),
                        response(COURSE, Timepoint.BASELINE, true, 20, 10)));

        assertThat(outcome.baseline()).contains(Courses.score(44));
    }

    @Test
    void usesOnlyThisCoursesFollowUpsInsideTheWindowNearestTheTargetDay() {
        CourseOutcome outcome = CourseOutcomes.summarise(
                Instrument.ODI,
                COURSE,
                START,
                List.of(
                        response(COURSE, Timepoint.BASELINE, 0, 40),
                        response(COURSE, Timepoint.THREE_MONTHS, 70, 30),
                        response(COURSE, Timepoint.THREE_MONTHS, 95, 24),
                        response(COURSE, Timepoint.THREE_MONTHS, 118, 10),
                        response("other-course", Timepoint.SIX_MONTHS, 180, 5),
                        response(COURSE, Timepoint.SIX_MONTHS, true, 260, 6)));

        assertThat(outcome.followUp(Timepoint.THREE_MONTHS)).contains(Courses.score(24));
        assertThat(outcome.followUp(Timepoint.SIX_MONTHS)).isEmpty();
        assertThat(outcome.followUps()).containsOnlyKeys(Timepoint.THREE_MONTHS);
    }

    @Test
    void timeToResponseIsTheFirstRespondingDayWhateverItsTimepoint() {
        CourseOutcome outcome = CourseOutcomes.summarise(
                Instrument.ODI,
                COURSE,
                START,
                List.of(
                        response(COURSE, Timepoint.BASELINE, 2, 40),
                        response(COURSE, Timepoint.SIX_WEEKS, 42, 35),
                        response(COURSE, Timepoint.OTHER, 130, 28),
                        response(COURSE, Timepoint.SIX_MONTHS, 182, 20)));

        // 28 is exactly 30% below 40, which the ODI rule counts as a response.
        assertThat(outcome.firstResponseDay()).hasValue(130);
        assertThat(outcome.lastFollowUpDay()).hasValue(182);
    }

    @Test
    void aPatientWhoNeverRespondsIsCensoredAtTheLastFollowUp() {
        CourseOutcome outcome = CourseOutcomes.summarise(
                Instrument.NRS_BACK,
                COURSE,
                START,
                List.of(
                        response(COURSE, Timepoint.BASELINE, 0, 7),
                        response(COURSE, Timepoint.SIX_WEEKS, 40, 6),
                        response(COURSE, Timepoint.THREE_MONTHS, 90, 6)));

        assertThat(outcome.firstResponseDay()).isEmpty();
        assertThat(outcome.lastFollowUpDay()).hasValue(90);
    }

    @Test
    void withoutABaselineNothingCanBeAResponse() {
        CourseOutcome outcome = CourseOutcomes.summarise(
                Instrument.ODI, COURSE, START, List.of(response(COURSE, Timepoint.THREE_MONTHS, 91, 2)));

        assertThat(outcome.baseline()).isEmpty();
        assertThat(outcome.firstResponseDay()).isEmpty();
        assertThat(outcome.followUp(Timepoint.THREE_MONTHS)).isPresent();
    }

    @Test
    void aZcqResponseNeedsBothSubscalesToImprove() {
        ScoredResponse baseline = new ScoredResponse(
                Optional.of(COURSE),
                Timepoint.BASELINE,
                false,
                START,
                Scores.zcq(new BigDecimal("3.2"), new BigDecimal("2.8")));
        ScoredResponse severityOnly = new ScoredResponse(
                Optional.of(COURSE),
                Timepoint.SIX_WEEKS,
                false,
                START.plusDays(42),
                Scores.zcq(new BigDecimal("2.5"), new BigDecimal("2.6")));
        ScoredResponse both = new ScoredResponse(
                Optional.of(COURSE),
                Timepoint.THREE_MONTHS,
                false,
                START.plusDays(91),
                Scores.zcq(new BigDecimal("2.7"), new BigDecimal("2.3")));

        CourseOutcome outcome =
                CourseOutcomes.summarise(Instrument.ZCQ, COURSE, START, List.of(baseline, severityOnly, both));

        assertThat(outcome.firstResponseDay()).hasValue(91);
    }
}
