package org.spinechoice.prom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinechoice.prom.Answers.incomplete;
import static org.spinechoice.prom.Answers.scored;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SureTestScoringTest {

    @ParameterizedTest(name = "{0} -> {1}, conflict {2}")
    @CsvSource({"'1 1 1 1', 4, false", "'1 1 1 0', 3, true", "'0 1 0 1', 2, true", "'0 0 0 0', 0, true"})
    void aSureScoreOfThreeOrLessMeansDecisionalConflict(String answers, int score, boolean conflict) {
        PromScore.Scored result = scored(Instrument.SURE, answers);

        assertThat(result.score()).hasValue(BigDecimal.valueOf(score));
        assertThat(result.decisionalConflict()).hasValue(conflict);
        assertThat(result.range()).hasValue(new ScoreRange(0, 4));
        assertThat(result.band()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1 1 1 -", "- 1 1 1", "- - - -"})
    void aSureTestWithAnyUnansweredItemIsIncomplete(String answers) {
        PromScore.Incomplete result = incomplete(Instrument.SURE, answers);

        assertThat(result.maxMissing()).isZero();
        assertThat(result.missing()).isNotEmpty();
    }
}
