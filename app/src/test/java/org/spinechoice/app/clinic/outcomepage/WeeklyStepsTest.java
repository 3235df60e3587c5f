package org.spinechoice.app.clinic.outcomepage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.spinechoice.outcome.KaplanMeier;
import org.spinechoice.outcome.SurvivalStep;
import org.spinechoice.outcome.TimeToEvent;

class WeeklyStepsTest {

    @Test
    void aWeekKeepsItsFirstAtRiskItsCountsAndTheEstimateAtItsEnd() {
        List<SurvivalStep> daily = KaplanMeier.estimate(List.of(
                TimeToEvent.event(43),
                TimeToEvent.censored(44),
                TimeToEvent.event(47),
                TimeToEvent.event(50),
                TimeToEvent.censored(90),
                TimeToEvent.censored(91)));

        List<SurvivalStep> weekly = WeeklySteps.of(daily);

        assertThat(weekly).extracting(SurvivalStep::day).containsExactly(48, 55, 90, 97);
        SurvivalStep first = weekly.get(0);
        assertThat(first.atRisk()).isEqualTo(6);
        assertThat(first.events()).isEqualTo(2);
        assertThat(first.censored()).isEqualTo(1);
        assertThat(first.survival()).isEqualTo(daily.get(2).survival());
        assertThat(weekly.stream()
                        .mapToInt(step -> step.events() + step.censored())
                        .sum())
                .isEqualTo(6);
    }
}
