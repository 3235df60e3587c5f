package org.spinechoice.prom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.spinechoice.vocabulary.SpinalRegion;

class PromScheduleTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 10);

    @Test
    void aLumbarCourseAsksForFiveInstrumentsAtFiveTimePoints() {
        List<ScheduledQuestionnaire> schedule = PromSchedule.of(START, SpinalRegion.LUMBAR, Set.of(), START);

        assertThat(schedule).hasSize(25);
        assertThat(schedule.stream().map(ScheduledQuestionnaire::instrument).distinct())
                .containsExactly(
                        Instrument.ODI, Instrument.ZCQ, Instrument.NRS_BACK, Instrument.NRS_LEG, Instrument.WALKING);
    }

    @Test
    void aCervicalCourseAsksForTheNeckInstrumentsAndTheClinicianRatedMjoa() {
        assertThat(PromSchedule.instrumentsFor(SpinalRegion.CERVICAL))
                .containsExactly(Instrument.NDI, Instrument.NRS_NECK, Instrument.NRS_ARM, Instrument.MJOA);
        assertThat(PromSchedule.instrumentsFor(SpinalRegion.THORACIC))
                .isEqualTo(PromSchedule.instrumentsFor(SpinalRegion.LUMBAR));
    }

    @Test
    void theBaselineIsDueUntilTheStartOverdueToDay14AndMissedAfter() {
        assertThat(state(Timepoint.BASELINE, START.minusDays(20))).isEqualTo(ScheduleState.DUE);
        assertThat(state(Timepoint.BASELINE, START)).isEqualTo(ScheduleState.DUE);
        assertThat(state(Timepoint.BASELINE, START.plusDays(1))).isEqualTo(ScheduleState.OVERDUE);
        assertThat(state(Timepoint.BASELINE, START.plusDays(14))).isEqualTo(ScheduleState.OVERDUE);
        assertThat(state(Timepoint.BASELINE, START.plusDays(15))).isEqualTo(ScheduleState.MISSED);
    }

    @Test
    void aFollowUpOpensWithItsWindowIsDueToItsTargetDayAndIsMissedWhenItCloses() {
        // 6 weeks: day 42 +/- 14, so days 28 to 56.
        assertThat(state(Timepoint.SIX_WEEKS, START.plusDays(27))).isEqualTo(ScheduleState.UPCOMING);
        assertThat(state(Timepoint.SIX_WEEKS, START.plusDays(28))).isEqualTo(ScheduleState.DUE);
        assertThat(state(Timepoint.SIX_WEEKS, START.plusDays(42))).isEqualTo(ScheduleState.DUE);
        assertThat(state(Timepoint.SIX_WEEKS, START.plusDays(43))).isEqualTo(ScheduleState.OVERDUE);
        assertThat(state(Timepoint.SIX_WEEKS, START.plusDays(56))).isEqualTo(ScheduleState.OVERDUE);
        assertThat(state(Timepoint.SIX_WEEKS, START.plusDays(57))).isEqualTo(ScheduleState.MISSED);
        // 12 months: day 365 +/- 42.
        assertThat(state(Timepoint.TWELVE_MONTHS, START.plusDays(322))).isEqualTo(ScheduleState.UPCOMING);
        assertThat(state(Timepoint.TWELVE_MONTHS, START.plusDays(407))).isEqualTo(ScheduleState.OVERDUE);
        assertThat(state(Timepoint.TWELVE_MONTHS, START.plusDays(408))).isEqualTo(ScheduleState.MISSED);
    }

    @Test
    void anAnsweredQuestionnaireIsDoneWhateverTheDayAndOnlyForItsOwnInstrument() {
        Set<PromSchedule.Answered> answered = Set.of(new PromSchedule.Answered(Instrument.ODI, Timepoint.THREE_MONTHS));

        List<ScheduledQuestionnaire> schedule =
                PromSchedule.of(START, SpinalRegion.LUMBAR, answered, START.plusDays(500));

        assertThat(schedule)
                .filteredOn(item -> item.timepoint() == Timepoint.THREE_MONTHS)
                .extracting(ScheduledQuestionnaire::state)
                .containsExactly(
                        ScheduleState.DONE,
                        ScheduleState.MISSED,
                        ScheduleState.MISSED,
                        ScheduleState.MISSED,
                        ScheduleState.MISSED);
    }

    @Test
    void onAnyDayAtMostOneFollowUpIsActionableForAnInstrumentAndItsWindowHoldsThatDay() {
        Random random = new Random(20261125);
        for (int run = 0; run < 2_000; run++) {
            LocalDate today = START.plusDays(random.nextInt(500) - 60);
            List<ScheduledQuestionnaire> odi = PromSchedule.of(START, SpinalRegion.LUMBAR, Set.of(), today).stream()
                    .filter(item -> item.instrument() == Instrument.ODI)
                    .filter(item -> item.state().actionable())
                    .toList();

            assertThat(odi).hasSizeLessThanOrEqualTo(1);
            odi.forEach(item -> {
                assertThat(item.opens().map(opens -> !today.isBefore(opens)).orElse(true))
                        .isTrue();
                assertThat(today).isBeforeOrEqualTo(item.closes());
                assertThat(TimepointPlacement.place(today, java.util.Optional.of(START), java.util.Optional.empty())
                                .timepoint())
                        .isEqualTo(item.timepoint());
            });
        }
    }

    private static ScheduleState state(Timepoint timepoint, LocalDate today) {
        return PromSchedule.of(START, SpinalRegion.LUMBAR, Set.of(), today).stream()
                .filter(item -> item.timepoint() == timepoint && item.instrument() == Instrument.ODI)
                .findFirst()
                .orElseThrow()
                .state();
    }
}
