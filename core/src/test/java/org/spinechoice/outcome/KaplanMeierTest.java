package org.spinechoice.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KaplanMeierTest {

    /**
     * The 6-MP arm of Freireich et al. (Blood 1963), the textbook Kaplan–Meier example (Kleinbaum and Klein, Survival
     * Analysis; Collett, Modelling Survival Data): remission times in weeks, 9 relapses and 12 censored. The survival
     * and Greenwood standard errors are the textbooks' table; the log(-log) bounds were worked separately in Python
     * from Greenwood's sum (they agree with R's survfit with conf.type = "log-log").
     */
    @Test
    void matchesTheTextbookSixMpTable() {
        List<TimeToEvent> times = new ArrayList<>();
        for (int week : new int[] {6, 6, 6, 7, 10, 13, 16, 22, 23}) {
            times.add(TimeToEvent.event(week));
        }
        for (int week : new int[] {6, 9, 10, 11, 17, 19, 20, 25, 32, 32, 34, 35}) {
            times.add(TimeToEvent.censored(week));
        }

        List<SurvivalStep> withEvents = KaplanMeier.estimate(times).stream()
                .filter(step -> step.events() > 0)
                .toList();

        double[][] expected = {
            // week, at risk, relapses, survival, standard error, lower, upper
            {6, 21, 3, 0.857143, 0.076360, 0.619718, 0.951552},
            {7, 17, 1, 0.806723, 0.086935, 0.563147, 0.922809},
            {10, 15, 1, 0.752941, 0.096350, 0.503200, 0.889362},
            {13, 12, 1, 0.690196, 0.106815, 0.431610, 0.849066},
            {16, 11, 1, 0.627451, 0.114054, 0.367511, 0.804912},
            {22, 7, 1, 0.537815, 0.128234, 0.267779, 0.746791},
            {23, 6, 1, 0.448179, 0.134591, 0.188052, 0.680143}
        };
        assertThat(withEvents).hasSize(expected.length);
        for (int row = 0; row < expected.length; row++) {
            SurvivalStep step = withEvents.get(row);
            assertThat(step.day()).isEqualTo((int) expected[row][0]);
            assertThat(step.atRisk()).isEqualTo((int) expected[row][1]);
            assertThat(step.events()).isEqualTo((int) expected[row][2]);
            assertThat(step.survival()).isCloseTo(expected[row][3], within(0.000001));
            assertThat(step.standardError()).isCloseTo(expected[row][4], within(0.000001));
            assertThat(step.ci().lower()).isCloseTo(expected[row][5], within(0.000001));
            assertThat(step.ci().upper()).isCloseTo(expected[row][6], within(0.000001));
        }
    }

    @Test
    void censoredTimesOnAnEventDayStayAtRiskForThatEvent() {
        List<SurvivalStep> steps = KaplanMeier.estimate(
                List.of(TimeToEvent.censored(5), TimeToEvent.event(5), TimeToEvent.event(9), TimeToEvent.censored(12)));

        assertThat(steps.get(0).atRisk()).isEqualTo(4);
        assertThat(steps.get(0).survival()).isCloseTo(0.75, within(1e-12));
        assertThat(steps.get(1).atRisk()).isEqualTo(2);
        assertThat(steps.get(1).survival()).isCloseTo(0.375, within(1e-12));
        assertThat(steps.get(2).censored()).isEqualTo(1);
        assertThat(steps.get(2).survival()).isCloseTo(0.375, within(1e-12));
    }

    @Test
    void whenEveryoneHasTheEventTheCurveReachesZero() {
        List<SurvivalStep> steps = KaplanMeier.estimate(List.of(TimeToEvent.event(3), TimeToEvent.event(8)));

        SurvivalStep last = steps.get(steps.size() - 1);
        assertThat(last.survival()).isZero();
        assertThat(last.cumulative()).isEqualTo(1);
        assertThat(last.cumulativeCi().lower()).isEqualTo(1);
    }

    @Test
    void theCurveNeverRisesAndItsIntervalsHoldIt() {
        SplittableRandom random = new SplittableRandom(23);
        for (int run = 0; run < 500; run++) {
            List<TimeToEvent> times = new ArrayList<>();
            int patients = 1 + random.nextInt(300);
            for (int patient = 0; patient < patients; patient++) {
                times.add(new TimeToEvent(random.nextInt(400), random.nextBoolean()));
            }

            List<SurvivalStep> steps = KaplanMeier.estimate(times);

            double previous = 1;
            int counted = 0;
            for (SurvivalStep step : steps) {
                assertThat(step.survival()).isLessThanOrEqualTo(previous).isBetween(0.0, 1.0);
                assertThat(step.ci().contains(step.survival())).isTrue();
                assertThat(step.ci().lower()).isGreaterThanOrEqualTo(0.0);
                assertThat(step.ci().upper()).isLessThanOrEqualTo(1.0);
                previous = step.survival();
                counted += step.events() + step.censored();
            }
            assertThat(counted).isEqualTo(patients);
        }
    }
}
