package org.spinechoice.prom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PromScoringTest {

    @ParameterizedTest
    @EnumSource(Instrument.class)
    void everyInstrumentIsScoredAndAnEmptyResponseIsIncompleteNotThrown(Instrument instrument) {
        PromScore result = PromScoring.score(instrument, Map.of());

        assertThat(result).isInstanceOf(PromScore.Incomplete.class);
        assertThat(result.instrument()).isEqualTo(instrument);
        assertThat(result.missing()).isNotEmpty();
    }

    @Test
    void unreadAnswersWithAnUnknownItemAreAProgrammingError() {
        assertThatThrownBy(() -> PromScoring.score(Instrument.SURE, Map.of("sure-5", 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sure-5");
    }

    @Test
    void unreadAnswersOutOfRangeAreAProgrammingError() {
        assertThatThrownBy(() -> PromScoring.score(Instrument.MJOA, Map.of("mjoa-upper-motor", 6)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mjoa-upper-motor");
    }

    @Test
    void readAnswersGoStraightIntoScoring() {
        AnswerReading reading = AnswerReader.read(Instrument.NRS_LEG, Map.of("nrs", 6.0));

        assertThat(reading).isInstanceOf(AnswerReading.Valid.class);
        PromScore result = PromScoring.score(Instrument.NRS_LEG, ((AnswerReading.Valid) reading).answers());
        assertThat(result).isInstanceOf(PromScore.Scored.class);
    }
}
