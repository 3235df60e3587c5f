package org.spinechoice.prom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spinechoice.vocabulary.Coded;

class TimepointPlacementTest {

    private static final LocalDate START = LocalDate.of(2025, 3, 10);

    @Test
    void theTimepointIdsAreThoseOfTheSpec() {
        assertThat(Coded.ids(Timepoint.class)).containsExactly("baseline", "6w", "3m", "6m", "12m", "other");
    }

    @ParameterizedTest(name = "{0}: days {1}-{2}")
    @CsvSource({"6w, 28, 56", "3m, 63, 119", "6m, 140, 224", "12m, 323, 407"})
    void eachFollowUpWindowIsItsTargetDayPlusOrMinusItsTolerance(String id, int first, int last) {
        FollowUpWindow window =
                Coded.fromId(Timepoint.class, id).orElseThrow().window().orElseThrow();

        assertThat(window.firstDay()).isEqualTo(first);
        assertThat(window.lastDay()).isEqualTo(last);
    }

    @Test
    void noTwoTimepointsOtherThanOtherShareADay() {
        List<Timepoint> placed = Arrays.stream(Timepoint.values())
                .filter(timepoint -> timepoint != Timepoint.OTHER)
                .toList();
        for (long day = -60; day <= 500; day++) {
            long courseDay = day;
            assertThat(placed.stream().filter(timepoint -> timepoint.fits(courseDay)))
                    .as("day %d", day)
                    .hasSizeLessThanOrEqualTo(1);
        }
    }

    @ParameterizedTest(name = "day {0} -> {1}")
    @CsvSource({
        "-400, baseline",
        "-1, baseline",
        "0, baseline",
        "14, baseline",
        "15, other",
        "27, other",
        "28, 6w",
        "29, 6w",
        "42, 6w",
        "56, 6w",
        "57, other",
        "62, other",
        "63, 3m",
        "119, 3m",
        "120, other",
        "139, other",
        "140, 6m",
        "224, 6m",
        "225, other",
        "322, other",
        "323, 12m",
        "407, 12m",
        "408, other",
        "2000, other"
    })
    void aResponseWithoutATimepointIsPlacedByItsCourseDayAndNeverFlagged(long day, String expected) {
        PlacedTimepoint placed = TimepointPlacement.place(START.plusDays(day), Optional.of(START), Optional.empty());

        assertThat(placed.timepoint().id()).isEqualTo(expected);
        assertThat(placed.outsideWindow()).isFalse();
    }

    @ParameterizedTest(name = "stated {0} on day {1}: outside window {2}")
    @CsvSource({
        "baseline, -30, false",
        "baseline, 0, false",
        "baseline, 14, false",
        "baseline, 15, true",
        "baseline, 42, true",
        "6w, -3, true",
        "6w, 27, true",
        "6w, 28, false",
        "6w, 56, false",
        "6w, 57, true",
        "3m, 62, true",
        "3m, 63, false",
        "3m, 119, false",
        "3m, 120, true",
        "6m, 139, true",
        "6m, 140, false",
        "6m, 224, false",
        "6m, 225, true",
        "12m, 322, true",
        "12m, 323, false",
        "12m, 407, false",
        "12m, 408, true",
        "other, -30, false",
        "other, 42, false",
        "other, 5000, false"
    })
    void aStatedTimepointIsKeptAndFlaggedWhenItsDateFallsOutsideItsDays(String stated, long day, boolean outside) {
        Timepoint timepoint = Coded.fromId(Timepoint.class, stated).orElseThrow();

        PlacedTimepoint placed =
                TimepointPlacement.place(START.plusDays(day), Optional.of(START), Optional.of(timepoint));

        assertThat(placed).isEqualTo(new PlacedTimepoint(timepoint, outside));
    }

    @Test
    void withoutACourseAResponseIsOtherUnlessStatedAndIsNeverFlagged() {
        LocalDate takenOn = LocalDate.of(2025, 6, 1);

        assertThat(TimepointPlacement.place(takenOn, Optional.empty(), Optional.empty()))
                .isEqualTo(new PlacedTimepoint(Timepoint.OTHER, false));
        assertThat(Timepoint.values())
                .allSatisfy(
                        stated -> assertThat(TimepointPlacement.place(takenOn, Optional.empty(), Optional.of(stated)))
                                .isEqualTo(new PlacedTimepoint(stated, false)));
    }

    @Test
    void courseDaysAreCalendarDaysCountingALeapDay() {
        LocalDate start = LocalDate.of(2024, 2, 28);

        assertThat(TimepointPlacement.courseDay(start, LocalDate.of(2024, 3, 13)))
                .isEqualTo(14);
        assertThat(TimepointPlacement.place(LocalDate.of(2024, 3, 14), Optional.of(start), Optional.empty()))
                .isEqualTo(new PlacedTimepoint(Timepoint.OTHER, false));
        assertThat(TimepointPlacement.courseDay(start, LocalDate.of(2024, 2, 20)))
                .isEqualTo(-8);
    }

    @Test
    void aWindowMustLieAfterTheBaselineDays() {
        assertThatThrownBy(() -> new FollowUpWindow(20, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FollowUpWindow(42, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new FollowUpWindow(20, 5).firstDay()).isEqualTo(15);
    }

    @Test
    void otherCannotBeOutsideAWindow() {
        assertThatThrownBy(() -> new PlacedTimepoint(Timepoint.OTHER, true))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
