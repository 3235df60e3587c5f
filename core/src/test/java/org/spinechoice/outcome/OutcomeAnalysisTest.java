package org.spinechoice.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.spinechoice.outcome.Courses.course;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spinechoice.prom.Instrument;
import org.spinechoice.prom.Timepoint;

class OutcomeAnalysisTest {

    private static final Timepoint AT = Timepoint.THREE_MONTHS;

    /** Twelve ODI courses at 3 months: baseline 40, responders fall to 28 or lower (30%). */
    private static List<CourseOutcome> twelveFollowedUp(int responders) {
        List<CourseOutcome> courses = new ArrayList<>();
        for (int index = 0; index < 12; index++) {
            boolean responds = index < responders;
            courses.add(course(40, AT, responds ? 20 : 36, responds ? 91 : null, 91));
        }
        return courses;
    }

    @Test
    void countsEveryStageAndGivesTheRateWithItsInterval() {
        List<CourseOutcome> courses = twelveFollowedUp(9);
        courses.add(Courses.withoutBaseline());
        courses.add(Courses.withoutFollowUp(50));
        courses.add(course(12, AT, 4, null, 91));

        GroupOutcome group = OutcomeAnalysis.analyse(courses, Instrument.ODI, AT, 10);

        assertThat(group.started()).isEqualTo(15);
        assertThat(group.withBaseline()).isEqualTo(14);
        assertThat(group.littleRoomToImprove()).isEqualTo(1);
        assertThat(group.followedUp()).isEqualTo(12);
        assertThat(group.notFollowedUp()).isEqualTo(1);
        assertThat(group.responders()).isEqualTo(9);
        assertThat(group.responderRate().orElseThrow().rate()).isCloseTo(0.75, within(1e-12));
        assertThat(group.responderRate().orElseThrow().ci()).isEqualTo(WilsonInterval.of(9, 12));
        // 9 changes of -20 and 3 of -4: mean -16.
        assertThat(group.meanChange().orElseThrow().mean()).isCloseTo(-16, within(1e-12));
        assertThat(group.tooFewToSay()).isFalse();
    }

    @Test
    void fewerThanTheThresholdFollowedUpShowsNoFigures() {
        List<CourseOutcome> courses = twelveFollowedUp(5).subList(0, 9);

        GroupOutcome group = OutcomeAnalysis.analyse(courses, Instrument.ODI, AT, 10);

        assertThat(group.followedUp()).isEqualTo(9);
        assertThat(group.tooFewToSay()).isTrue();
        assertThat(group.responderRate()).isEmpty();
        assertThat(group.meanChange()).isEmpty();
        assertThat(group.timeToResponse().curve()).isEmpty();
    }

    @Test
    void exactlyTheThresholdIsShown() {
        GroupOutcome group = OutcomeAnalysis.analyse(twelveFollowedUp(4).subList(0, 10), Instrument.ODI, AT, 10);

        assertThat(group.tooFewToSay()).isFalse();
        assertThat(group.responderRate()).isPresent();
    }

    @Test
    void timeToResponseCensorsNonRespondersAtTheirLastFollowUp() {
        List<CourseOutcome> courses = new ArrayList<>();
        for (int index = 0; index < 10; index++) {
            courses.add(course(40, AT, index < 4 ? 20 : 38, index < 4 ? 40 + index : null, 100 + index));
        }
        courses.add(Courses.withoutFollowUp(40));

        TimeToResponse time =
                OutcomeAnalysis.analyse(courses, Instrument.ODI, AT, 10).timeToResponse();

        assertThat(time.patients()).isEqualTo(10);
        assertThat(time.responded()).isEqualTo(4);
        List<SurvivalStep> curve = time.curve().orElseThrow();
        SurvivalStep last = curve.get(curve.size() - 1);
        assertThat(last.cumulative()).isCloseTo(0.4, within(1e-12));
        assertThat(curve.stream().mapToInt(SurvivalStep::censored).sum()).isEqualTo(6);
    }

    @Test
    void onlyFollowUpTimepointsAndInstrumentsWithARuleCanBeAnalysed() {
        assertThatThrownBy(() -> OutcomeAnalysis.analyse(List.of(), Instrument.ODI, Timepoint.BASELINE, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OutcomeAnalysis.analyse(List.of(), Instrument.SURE, AT, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
