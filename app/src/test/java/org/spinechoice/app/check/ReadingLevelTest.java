package org.spinechoice.app.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadingLevelTest {

    @ParameterizedTest
    @CsvSource({"cat, 1", "table, 2", "walking, 2", "spine, 1", "narrowing, 3", "physician, 3", "decompression, 4"})
    void countsSyllablesByVowelGroups(String word, int expected) {
        assertThat(ReadingLevel.syllables(word)).isEqualTo(expected);
    }

    @Test
    void shortPlainSentencesScoreLow() {
        assertThat(ReadingLevel.of("See a doctor soon. Tell them how you feel. Bring this page.")
                        .grade())
                .isLessThan(3);
    }

    @Test
    void longTechnicalSentencesScoreHigh() {
        assertThat(ReadingLevel.of("Epidural corticosteroid administration demonstrated statistically "
                                + "insignificant improvements in radiculopathy-associated functional disability "
                                + "compared with anaesthetic monotherapy.")
                        .grade())
                .isGreaterThan(16);
    }

    @Test
    void followsTheFormula() {
        ReadingLevel.Measure measure = ReadingLevel.of("The cat sat on the mat. The dog ran.");

        assertThat(measure.sentences()).isEqualTo(2);
        assertThat(measure.words()).isEqualTo(9);
        assertThat(measure.grade()).isCloseTo(0.39 * 9 / 2 + 11.8 * measure.syllables() / 9 - 15.59, within(1e-9));
    }
}
