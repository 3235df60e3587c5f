package org.spinechoice.prom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinechoice.prom.Answers.incomplete;
import static org.spinechoice.prom.Answers.scored;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NeckDisabilityIndexTest {

    @ParameterizedTest(name = "{0} -> {1} ({2}%) {3}")
    @CsvSource({
        // answers (ndi-1 .. ndi-10; - unanswered), score /50, percent, band
        "'0 0 0 0 0 0 0 0 0 0',  0.0,   0.0, none",
        "'5 5 5 5 5 5 5 5 5 5', 50.0, 100.0, complete",
        "'1 0 0 1 0 1 0 0 1 0',  4.0,   8.0, none",
        "'1 1 0 1 0 1 0 0 1 0',  5.0,  10.0, mild",
        "'2 2 1 1 2 1 1 2 1 1', 14.0,  28.0, mild",
        "'2 2 2 1 2 1 1 2 1 1', 15.0,  30.0, moderate",
        "'3 3 3 3 3 2 2 2 2 2', 25.0,  50.0, severe",
        "'4 4 4 4 4 3 3 3 3 3', 35.0,  70.0, complete",
        "'4 4 3 3 3 3 3 3 4 -', 33.3,  66.6, severe", // 30 x 10 / 9 = 33.33; percent doubles the rounded score
        "'1 0 0 0 0 0 0 0 - -',  1.3,   2.6, none", // 1 x 10 / 8 = 1.25: half-up, not half-even
        "'1 1 1 0 0 0 0 0 - -',  3.8,   7.6, none", // 3 x 10 / 8 = 3.75
        "'2 2 2 2 1 1 1 1 - -', 15.0,  30.0, moderate", // 12 x 10 / 8 = 15 exactly
    })
    void ndiScalesTheSumToTenItemsAndDoublesTheRoundedScore(String answers, String score, String percent, String band) {
        PromScore.Scored result = scored(Instrument.NDI, answers);

        assertThat(result.score()).hasValue(new BigDecimal(score));
        assertThat(result.percent()).hasValue(new BigDecimal(percent));
        assertThat(result.band()).map(Band::id).hasValue(band);
        assertThat(result.range()).hasValue(new ScoreRange(0, 50));
    }

    @Test
    void anUnansweredItemIsReplacedByTheMeanOfTheAnsweredOnes() {
        PromScore.Scored result = scored(Instrument.NDI, "4 4 3 3 3 3 3 3 4 -");
        BigDecimal sum = BigDecimal.valueOf(30);
        BigDecimal withMeanFilledIn = sum.add(sum.divide(BigDecimal.valueOf(9), 10, RoundingMode.HALF_UP));

        assertThat(result.score()).hasValue(withMeanFilledIn.setScale(1, RoundingMode.HALF_UP));
        assertThat(result.answered()).isEqualTo(9);
        assertThat(result.missing()).containsExactly("ndi-10");
    }

    @Test
    void threeUnansweredItemsMakeTheResponseIncomplete() {
        PromScore.Incomplete result = incomplete(Instrument.NDI, "1 - 0 0 0 0 0 0 - -");

        assertThat(result.missing()).containsExactly("ndi-2", "ndi-9", "ndi-10");
        assertThat(result.maxMissing()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "0, none",
        "4.9, none",
        "5, mild",
        "14.9, mild",
        "15, moderate",
        "24.9, moderate",
        "25, severe",
        "34.9, severe",
        "35, complete",
        "50, complete"
    })
    void ndiBandsStartAtTheirLowerEdge(String score, String band) {
        assertThat(NeckDisabilityIndex.band(new BigDecimal(score)).id()).isEqualTo(band);
    }
}
