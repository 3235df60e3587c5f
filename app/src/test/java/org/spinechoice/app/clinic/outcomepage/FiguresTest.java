package org.spinechoice.app.clinic.outcomepage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.spinechoice.outcome.Interval;
import org.spinechoice.outcome.MeanChange;
import org.spinechoice.outcome.Proportion;

class FiguresTest {

    @Test
    void aRateIsAWholePercentWithItsIntervalInWholePercent() {
        // 8 of 12: Wilson 0.3906 to 0.8619 (OutcomesApiIT).
        assertThat(Figures.rate(Proportion.of(8, 12))).isEqualTo("67% (39\u201386%)");
        assertThat(Figures.share(0, new Interval(0, 0))).isEqualTo("0% (0\u20130%)");
    }

    @Test
    void aMeanChangeHasATrueMinusSignAndToBetweenItsBounds() {
        MeanChange change = new MeanChange(12, -14.6667, 7.88, new Interval(-19.67, -9.66));

        assertThat(Figures.meanChange(change, 1)).isEqualTo("\u221214.7 (\u221219.7 to \u22129.7)");
        assertThat(Figures.meanChange(new MeanChange(10, -0.04, 1, new Interval(-0.5, 0.42)), 1))
                .isEqualTo("0.0 (\u22120.5 to 0.4)");
    }

    @Test
    void aClaimedFigureIsShownAsClaimed() {
        assertThat(Figures.claimed(0.89)).isEqualTo("89%");
        assertThat(Figures.claimed(0.895)).isEqualTo("89.5%");
        assertThat(Figures.claimed(1)).isEqualTo("100%");
    }
}
