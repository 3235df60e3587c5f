package org.spinechoice.prom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinechoice.prom.Answers.incomplete;
import static org.spinechoice.prom.Answers.scored;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ZurichClaudicationQuestionnaireTest {

    @ParameterizedTest(name = "{0} -> {1} / {2} / {3}, incomplete {4}")
    @CsvSource(
            delimiter = ';',
            value = {
                // severity s1-s7 | function f1-f5 | satisfaction p1-p6; means (or null); incomplete subscales
                // 22/7 = 3.142..; satisfaction not asked
                "3 3 4 3 3 3 3 | 2 3 2 3 2 | - - - - - -; 3.14; 2.40; null; ''",
                "1 1 1 1 1 1 1 | 1 1 1 1 1 | 1 1 1 1 1 1; 1.00; 1.00; 1.00; ''",
                "5 5 5 5 5 5 5 | 4 4 4 4 4 | 4 4 4 4 4 4; 5.00; 4.00; 4.00; ''",
                // one unanswered item per subscale is allowed: 11/6, 8/4, 11/5
                "1 2 2 2 2 2 - | 2 2 2 2 - | 2 3 2 2 2 -; 1.83; 2.00; 2.20; ''",
                // 13/6 = 2.1666..: half-up, not truncated
                "2 2 2 2 2 3 - | 1 2 2 2 - | - - - - - -; 2.17; 1.75; null; ''",
                "1 2 2 2 2 3 - | 2 2 2 2 3 | - - - - - -; 2.00; 2.20; null; ''",
                "3 3 3 3 3 3 3 | 2 2 - - 2 | - - - - - -; 3.00; null; null; physical-function",
                "- - 3 3 3 3 3 | 2 2 2 2 2 | - - - - - -; null; 2.00; null; symptom-severity",
                // satisfaction asked, but 2 of its items unanswered
                "3 3 3 3 3 3 3 | 2 2 2 2 2 | 2 2 2 2 - -; 3.00; 2.00; null; satisfaction",
                "3 3 3 3 3 3 3 | 2 2 - - 2 | 1 - - - - -; 3.00; null; null; physical-function satisfaction",
            })
    void zcqSubscalesAreMeansOfAnsweredItemsRoundedHalfUpToTwoDecimals(
            String answers, String severity, String function, String satisfaction, String incomplete) {
        PromScore.Scored result = scored(Instrument.ZCQ, answers);

        assertThat(result.subscales())
                .containsExactly(
                        new SubscaleScore("symptom-severity", mean(severity)),
                        new SubscaleScore("physical-function", mean(function)),
                        new SubscaleScore("satisfaction", mean(satisfaction)));
        assertThat(result.incomplete()).isEqualTo(incomplete.isEmpty() ? List.of() : List.of(incomplete.split(" ")));
        assertThat(result.score()).isEmpty();
        assertThat(result.range()).isEmpty();
        assertThat(result.band()).isEmpty();
    }

    @Test
    void satisfactionNotAskedIsNeitherIncompleteNorMissing() {
        PromScore.Scored result = scored(Instrument.ZCQ, "3 3 4 3 3 3 - | 2 3 2 3 2 | - - - - - -");

        assertThat(result.incomplete()).isEmpty();
        assertThat(result.missing()).containsExactly("zcq-s7");
        assertThat(result.answered()).isEqualTo(11);
    }

    @Test
    void unansweredItemsOfAnAskedSatisfactionSubscaleAreMissing() {
        PromScore.Scored result = scored(Instrument.ZCQ, "3 3 4 3 3 3 3 | 2 3 2 3 2 | 2 2 2 2 2 -");

        assertThat(result.missing()).containsExactly("zcq-p6");
        assertThat(result.incomplete()).isEmpty();
    }

    @Test
    void bothSeverityAndFunctionEmptyMakeTheResponseIncomplete() {
        PromScore.Incomplete result = incomplete(Instrument.ZCQ, "- - 3 3 3 3 3 | 2 2 2 - - | 2 2 2 2 2 2");

        assertThat(result.missing()).containsExactly("zcq-s1", "zcq-s2", "zcq-f4", "zcq-f5");
        assertThat(result.maxMissing()).isEqualTo(1);
        assertThat(result.reason()).contains("per subscale");
    }

    @Test
    void anUnansweredZcqIsIncomplete() {
        PromScore.Incomplete result = incomplete(Instrument.ZCQ, "- - - - - - - | - - - - - | - - - - - -");

        assertThat(result.missing()).hasSize(12).allMatch(itemId -> !itemId.startsWith("zcq-p"));
    }

    private static Optional<BigDecimal> mean(String value) {
        return value.equals("null") ? Optional.empty() : Optional.of(new BigDecimal(value));
    }
}
