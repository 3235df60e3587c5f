package org.spinechoice.prom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinechoice.prom.Answers.incomplete;
import static org.spinechoice.prom.Answers.scored;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OswestryDisabilityIndexTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource({
        // answers (odi-1 .. odi-10; - unanswered), score, band, answered
        "'3 2 1 2 2 2 2 - 1 1', 35.6, moderate,    9", // 16 of 45: rounded half-up, not truncated to 35.5
        "'0 0 0 0 0 0 0 0 0 0',  0.0, minimal,    10",
        "'5 5 5 5 5 5 5 5 5 5', 100.0, extreme,   10",
        "'1 1 1 1 1 1 1 1 1 1', 20.0, minimal,    10",
        "'2 1 1 1 1 1 1 1 1 1', 22.0, moderate,   10",
        "'2 2 2 2 2 2 2 2 2 2', 40.0, moderate,   10",
        "'3 3 3 3 3 3 3 3 3 3', 60.0, severe,     10",
        "'4 4 4 4 4 4 4 4 4 4', 80.0, very-severe, 10",
        "'4 4 4 4 4 4 4 4 4 5', 82.0, extreme,    10",
        "'3 3 2 2 3 3 2 - - 2', 50.0, severe,      8", // 20 of 40: two unanswered sections lower the denominator
        "'1 - 0 0 0 0 0 0 0 0',  2.2, minimal,     9", // 1 of 45 = 2.222...
        "'5 5 5 5 5 5 5 5 4 -', 97.8, extreme,     9", // 44 of 45 = 97.777...
    })
    void odiDividesByFivePerAnsweredSectionAndRoundsHalfUp(String answers, String score, String band, int answered) {
        PromScore.Scored result = scored(Instrument.ODI, answers);

        assertThat(result.score()).hasValue(new BigDecimal(score));
        assertThat(result.band()).map(Band::id).hasValue(band);
        assertThat(result.answered()).isEqualTo(answered);
        assertThat(result.missing()).hasSize(10 - answered);
        assertThat(result.range()).hasValue(new ScoreRange(0, 100));
        assertThat(result.percent()).isEmpty();
        assertThat(result.subscales()).isEmpty();
        assertThat(result.decisionalConflict()).isEmpty();
    }

    @Test
    void twoUnansweredSectionsAreScoredAndNamed() {
        PromScore.Scored result = scored(Instrument.ODI, "3 3 2 2 3 3 2 - - 2");

        assertThat(result.missing()).containsExactly("odi-8", "odi-9");
    }

    @Test
    void threeUnansweredSectionsMakeTheResponseIncomplete() {
        PromScore.Incomplete result = incomplete(Instrument.ODI, "3 - 2 2 3 3 2 - - 2");

        assertThat(result.missing()).containsExactly("odi-2", "odi-8", "odi-9");
        assertThat(result.maxMissing()).isEqualTo(2);
        assertThat(result.reason()).contains("3 unanswered", "at most 2");
    }

    @Test
    void anEmptyQuestionnaireIsIncompleteNotAnError() {
        PromScore.Incomplete result = incomplete(Instrument.ODI, "- - - - - - - - - -");

        assertThat(result.missing()).hasSize(10);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "0, minimal",
        "20, minimal",
        "20.0, minimal",
        "20.1, moderate",
        "40, moderate",
        "40.1, severe",
        "60, severe",
        "60.1, very-severe",
        "80, very-severe",
        "80.1, extreme",
        "100, extreme"
    })
    void odiBandsIncludeTheirUpperEdge(String score, String band) {
        assertThat(OswestryDisabilityIndex.band(new BigDecimal(score)).id()).isEqualTo(band);
    }

    @Test
    void odiAnswersAreReadInSectionOrder() {
        assertThat(Instrument.ODI.itemIds())
                .isEqualTo(List.of(
                        "odi-1", "odi-2", "odi-3", "odi-4", "odi-5", "odi-6", "odi-7", "odi-8", "odi-9", "odi-10"));
    }
}
