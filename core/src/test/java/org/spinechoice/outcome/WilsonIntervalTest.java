package org.spinechoice.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WilsonIntervalTest {

    /** Newcombe RG, Statistics in Medicine 1998;17:857-872, table I, method 3 (score interval without correction). */
    @ParameterizedTest(name = "{0} of {1}: {2} to {3}")
    @CsvSource({
        "81, 263, 0.2553, 0.3662",
        "15, 148, 0.0624, 0.1605",
        "0, 20, 0.0000, 0.1611",
        "1, 29, 0.0061, 0.1718",
        "29, 29, 0.8830, 1.0000"
    })
    void matchesNewcombesWorkedExamples(int successes, int trials, double lower, double upper) {
        Interval interval = WilsonInterval.of(successes, trials);

        assertThat(interval.lower()).isCloseTo(lower, within(0.00005));
        assertThat(interval.upper()).isCloseTo(upper, within(0.00005));
    }

    @Test
    void theRateLiesInsideItsIntervalAndTheIntervalInsideZeroToOne() {
        SplittableRandom random = new SplittableRandom(5);
        for (int run = 0; run < 20_000; run++) {
            int trials = 1 + random.nextInt(2_000);
            int successes = random.nextInt(trials + 1);

            Interval interval = WilsonInterval.of(successes, trials);

            assertThat(interval.contains((double) successes / trials))
                    .as("%d of %d in %s", successes, trials, interval)
                    .isTrue();
            assertThat(interval.lower()).isBetween(0.0, 1.0);
            assertThat(interval.upper()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void theIntervalNarrowsAsTheGroupGrowsAtTheSameRate() {
        SplittableRandom random = new SplittableRandom(11);
        for (int run = 0; run < 2_000; run++) {
            int trials = 1 + random.nextInt(500);
            int successes = random.nextInt(trials + 1);
            int factor = 2 + random.nextInt(5);

            Interval small = WilsonInterval.of(successes, trials);
            Interval large = WilsonInterval.of(successes * factor, trials * factor);

            assertThat(large.width())
                    .as("%d of %d times %d", successes, trials, factor)
                    .isLessThan(small.width());
        }
    }

    @Test
    void successesAndFailuresMirrorEachOther() {
        Interval fewSucceeded = WilsonInterval.of(3, 40);
        Interval fewFailed = WilsonInterval.of(37, 40);

        assertThat(fewFailed.lower()).isCloseTo(1 - fewSucceeded.upper(), within(1e-12));
        assertThat(fewFailed.upper()).isCloseTo(1 - fewSucceeded.lower(), within(1e-12));
    }

    @Test
    void refusesCountsThatAreNotAProportion() {
        assertThatThrownBy(() -> WilsonInterval.of(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WilsonInterval.of(6, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WilsonInterval.of(-1, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
