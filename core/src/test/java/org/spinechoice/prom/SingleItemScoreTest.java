package org.spinechoice.prom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.spinechoice.prom.Answers.incomplete;
import static org.spinechoice.prom.Answers.scored;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spinechoice.vocabulary.Coded;

/** The numeric pain ratings and walking tolerance: the score is the single answer. */
class SingleItemScoreTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "nrs-back, 0, 10",
        "nrs-back, 7, 10",
        "nrs-leg, 10, 10",
        "nrs-neck, 3, 10",
        "nrs-arm, 5, 10",
        "walking, 0, 600",
        "walking, 45, 600",
        "walking, 600, 600"
    })
    void theScoreIsTheSingleAnswerWithoutABand(String instrumentId, int answer, int max) {
        Instrument instrument = Coded.fromId(Instrument.class, instrumentId).orElseThrow();
        PromScore.Scored result = scored(instrument, String.valueOf(answer));

        assertThat(result.score()).hasValue(BigDecimal.valueOf(answer));
        assertThat(result.range()).hasValue(new ScoreRange(0, max));
        assertThat(result.band()).isEmpty();
        assertThat(result.answered()).isEqualTo(1);
        assertThat(result.missing()).isEmpty();
    }

    @Test
    void anUnansweredRatingIsIncomplete() {
        assertThat(incomplete(Instrument.NRS_LEG, "-").missing()).containsExactly("nrs");
        assertThat(incomplete(Instrument.WALKING, "-").missing()).containsExactly("walking-minutes");
    }

    @Test
    void theNumericRatingScaleScoresOnlyPainRatings() {
        assertThatThrownBy(() -> NumericRatingScale.score(Instrument.WALKING, Map.of("walking-minutes", 4)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
