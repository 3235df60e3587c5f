package org.spinechoice.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MeanChangeTest {

    /**
     * Ten ODI changes worked by hand: sum -92, mean -9.2; squared deviations sum to 369.6, so the standard deviation
     * is sqrt(369.6 / 9) = 6.40833; t(0.975, 9) = 2.262157 from a t table; half-width 2.262157 x 6.40833 / sqrt(10) =
     * 4.58424.
     */
    @Test
    void matchesAWorkedExample() {
        MeanChange change = MeanChange.of(new double[] {-12, -8, -20, -4, 0, -16, -10, -6, -14, -2});

        assertThat(change.n()).isEqualTo(10);
        assertThat(change.mean()).isCloseTo(-9.2, within(1e-12));
        assertThat(change.standardDeviation()).isCloseTo(6.40833, within(0.000005));
        assertThat(change.ci().lower()).isCloseTo(-13.78424, within(0.00001));
        assertThat(change.ci().upper()).isCloseTo(-4.61576, within(0.00001));
    }

    @Test
    void withNoSpreadTheIntervalIsTheMean() {
        MeanChange change = MeanChange.of(new double[] {-3, -3, -3});

        assertThat(change.ci().lower()).isEqualTo(-3);
        assertThat(change.ci().upper()).isEqualTo(-3);
    }

    @Test
    void theMeanLiesInsideItsIntervalWhichNarrowsAsTheSameChangesRepeat() {
        SplittableRandom random = new SplittableRandom(17);
        for (int run = 0; run < 2_000; run++) {
            double[] changes = random.doubles(2 + random.nextInt(50), -40, 20).toArray();
            double[] twice = new double[changes.length * 2];
            System.arraycopy(changes, 0, twice, 0, changes.length);
            System.arraycopy(changes, 0, twice, changes.length, changes.length);

            MeanChange once = MeanChange.of(changes);
            MeanChange repeated = MeanChange.of(twice);

            assertThat(once.ci().contains(once.mean())).isTrue();
            assertThat(repeated.mean()).isCloseTo(once.mean(), within(1e-9));
            assertThat(repeated.ci().width())
                    .as(Arrays.toString(changes))
                    .isLessThan(once.ci().width());
        }
    }

    @Test
    void needsTwoValues() {
        assertThatThrownBy(() -> MeanChange.of(new double[] {1})).isInstanceOf(IllegalArgumentException.class);
    }
}
