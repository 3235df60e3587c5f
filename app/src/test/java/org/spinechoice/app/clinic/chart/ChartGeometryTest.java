package org.spinechoice.app.clinic.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spinechoice.prom.ResponderRule;

class ChartGeometryTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    @ParameterizedTest(name = "{0} to {1}: {2}")
    @CsvSource({
        "0, 100, 0 20 40 60 80 100",
        "0, 50, 0 10 20 30 40 50",
        "0, 10, 0 2 4 6 8 10",
        "0, 18, 0 5 10 15",
        "1, 5, 1 2 3 4 5",
        "0, 4, 0 1 2 3 4",
        "0, 600, 0 100 200 300 400 500 600"
    })
    void scoreTicksAreRoundStepsAcrossTheWholeRange(int min, int max, String labels) {
        List<Tick> ticks = geometry(min, max, START, START.plusDays(365)).scoreTicks();

        assertThat(ticks).extracting(Tick::label).containsExactly(labels.split(" "));
        assertThat(ticks.size() - 1).isLessThanOrEqualTo(ChartGeometry.MAX_STEPS);
    }

    @Test
    void theLowestScoreSitsOnTheBottomOfThePlotAndTheHighestOnTheTop() {
        ChartGeometry chart = geometry(0, 100, START, START.plusDays(90));

        assertThat(chart.y(BigDecimal.ZERO)).isEqualTo(chart.plotBottom());
        assertThat(chart.y(BigDecimal.valueOf(100))).isEqualTo(chart.plotTop());
        assertThat(chart.y(BigDecimal.valueOf(50))).isEqualTo((chart.plotTop() + chart.plotBottom()) / 2);
    }

    @Test
    void aYearOfScoresHasMonthTicksInsideThePlotInOrder() {
        ChartGeometry chart = geometry(0, 100, START, START.plusDays(365));
        List<Tick> ticks = chart.dateTicks();

        assertThat(ticks).hasSizeBetween(2, ChartGeometry.MAX_STEPS + 1);
        assertThat(ticks.get(0).label()).matches("[A-Z][a-z]{2} 20\\d\\d");
        assertThat(ticks)
                .allSatisfy(tick -> assertThat(tick.position()).isBetween(chart.plotLeft(), chart.plotRight()));
        assertThat(ticks).extracting(Tick::position).isSorted();
    }

    @Test
    void oneDayOfScoresHasDayTicksAndTenYearsHaveYearTicks() {
        List<Tick> day = geometry(0, 10, START, START).dateTicks();
        List<Tick> decade = geometry(0, 10, START, START.plusYears(10)).dateTicks();

        assertThat(day).hasSizeBetween(2, ChartGeometry.MAX_STEPS + 1);
        assertThat(day.get(0).label()).matches("\\d{1,2} [A-Z][a-z]{2}");
        assertThat(decade).hasSizeBetween(2, ChartGeometry.MAX_STEPS + 1);
        assertThat(decade).extracting(Tick::label).allMatch(label -> label.matches("20\\d\\d"));
    }

    @Test
    void everyScoreOfTheRangeOnEveryDayShownIsPlacedInsideThePlotAwayFromItsSides() {
        Random random = new Random(42);
        for (int chartNumber = 0; chartNumber < 200; chartNumber++) {
            LocalDate earliest = START.plusDays(random.nextInt(1000) - 500);
            LocalDate latest = earliest.plusDays(random.nextInt(2000));
            ChartGeometry chart = geometry(0, 18, earliest, latest);
            LocalDate day = earliest.plusDays(random.nextInt((int) (latest.toEpochDay() - earliest.toEpochDay()) + 1));
            BigDecimal score = BigDecimal.valueOf(random.nextInt(19));

            assertThat(chart.x(day)).isGreaterThan(chart.plotLeft()).isLessThan(chart.plotRight());
            assertThat(chart.y(score)).isBetween(chart.plotTop(), chart.plotBottom());
            assertThat(chart.plotLeft()).isPositive();
            assertThat(chart.plotRight()).isLessThan(ChartGeometry.WIDTH);
            assertThat(chart.plotBottom()).isLessThan(ChartGeometry.HEIGHT);
        }
    }

    @Test
    void anOdiResponseLineFromABaselineOf40SitsAt28() {
        ChartGeometry chart = geometry(0, 100, START, START.plusDays(182));
        BigDecimal threshold = ResponderRule.ODI_30_PERCENT.threshold(BigDecimal.valueOf(40));

        assertThat(threshold).isEqualByComparingTo("28");
        assertThat(chart.shows(threshold)).isTrue();
        assertThat(chart.y(threshold)).isEqualTo(chart.plotBottom() - (chart.plotBottom() - chart.plotTop()) * 0.28);
    }

    @Test
    void anMjoaResponseLineFromABaselineOf17FallsOffTheScale() {
        ChartGeometry chart = geometry(0, 18, START, START.plusDays(182));

        assertThat(chart.shows(ResponderRule.MJOA_2_POINTS.threshold(BigDecimal.valueOf(17))))
                .isFalse();
    }

    private static ChartGeometry geometry(int min, int max, LocalDate earliest, LocalDate latest) {
        return ChartGeometry.of(BigDecimal.valueOf(min), BigDecimal.valueOf(max), earliest, latest);
    }
}
