package org.spinechoice.prom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Invariants of time point placement and of the course baseline over many random dates. The seed is fixed, so a
 * failure repeats; the message names the case.
 */
class TimepointPropertyTest {

    private static final long SEED = 20_250_310L;
    private static final int CASES = 20_000;
    private static final Timepoint[] TIMEPOINTS = Timepoint.values();

    @Test
    void placementKeepsAStatedTimepointAndOtherwisePicksTheOnlyOneWhoseDaysFit() {
        Random random = new Random(SEED);
        for (int index = 0; index < CASES; index++) {
            LocalDate start = randomDate(random);
            long day = random.nextInt(1_400) - 500;
            LocalDate takenOn = start.plusDays(day);
            Optional<Timepoint> stated = random.nextBoolean()
                    ? Optional.empty()
                    : Optional.of(TIMEPOINTS[random.nextInt(TIMEPOINTS.length)]);
            String description = "start " + start + ", day " + day + ", stated " + stated;

            PlacedTimepoint placed = TimepointPlacement.place(takenOn, Optional.of(start), stated);

            if (stated.isPresent()) {
                assertThat(placed.timepoint()).as(description).isEqualTo(stated.get());
                assertThat(placed.outsideWindow())
                        .as(description)
                        .isEqualTo(!stated.get().fits(day));
            } else {
                List<Timepoint> fitting = Arrays.stream(TIMEPOINTS)
                        .filter(timepoint -> timepoint != Timepoint.OTHER && timepoint.fits(day))
                        .toList();
                assertThat(fitting).as(description).hasSizeLessThanOrEqualTo(1);
                assertThat(placed.timepoint())
                        .as(description)
                        .isEqualTo(fitting.isEmpty() ? Timepoint.OTHER : fitting.get(0));
                assertThat(placed.timepoint() == Timepoint.BASELINE)
                        .as(description)
                        .isEqualTo(day <= 14);
                assertThat(placed.outsideWindow()).as(description).isFalse();
                assertThat(TimepointPlacement.place(takenOn, Optional.of(start), Optional.of(placed.timepoint())))
                        .as("stating the placed time point again: " + description)
                        .isEqualTo(placed);
            }
            assertThat(TimepointPlacement.place(takenOn, Optional.empty(), stated))
                    .as("without a course: " + description)
                    .isEqualTo(new PlacedTimepoint(stated.orElse(Timepoint.OTHER), false));
        }
    }

    @Test
    void theCourseBaselineIsAnEligibleBaselineAndNoEligibleOneIsLater() {
        Random random = new Random(SEED + 1);
        for (int index = 0; index < CASES / 10; index++) {
            LocalDate start = randomDate(random);
            List<TimedResponse<Integer>> responses = new ArrayList<>();
            int count = random.nextInt(8);
            for (int id = 0; id < count; id++) {
                responses.add(new TimedResponse<>(
                        id, TIMEPOINTS[random.nextInt(TIMEPOINTS.length)], start.plusDays(random.nextInt(120) - 60)));
            }
            List<TimedResponse<Integer>> eligible = responses.stream()
                    .filter(response -> response.timepoint() == Timepoint.BASELINE
                            && TimepointPlacement.courseDay(start, response.takenOn()) <= 14)
                    .toList();
            String description = "start " + start + ", responses " + responses;

            Optional<TimedResponse<Integer>> chosen = CourseBaseline.choose(responses, start);

            assertThat(chosen.isPresent()).as(description).isEqualTo(!eligible.isEmpty());
            chosen.ifPresent(baseline -> {
                assertThat(eligible).as(description).contains(baseline);
                assertThat(eligible)
                        .as(description)
                        .noneMatch(other -> other.takenOn().isAfter(baseline.takenOn()));
                assertThat(eligible.stream()
                                .filter(other -> other.takenOn().equals(baseline.takenOn()))
                                .reduce((first, second) -> second))
                        .as("the one received last on its day: " + description)
                        .hasValue(baseline);
            });
        }
    }

    private static LocalDate randomDate(Random random) {
        return LocalDate.of(2000, 1, 1).plusDays(random.nextInt(40 * 366));
    }
}
