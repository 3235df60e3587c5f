package org.spinechoice.prom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinechoice.prom.Answers.incomplete;
import static org.spinechoice.prom.Answers.scored;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModifiedJoaScaleTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource({
        // upper motor, lower motor, upper sensory, bladder -> score, band
        "'5 7 3 3', 18, none",
        "'5 7 3 2', 17, mild",
        "'4 6 3 2', 15, mild",
        "'4 5 3 2', 14, moderate",
        "'3 5 2 2', 12, moderate",
        "'3 4 2 2', 11, severe",
        "'0 0 0 0',  0, severe",
    })
    void mjoaIsTheSumOfItsFourItemsBandedAt18And15And12(String answers, int score, String band) {
        PromScore.Scored result = scored(Instrument.MJOA, answers);

        assertThat(result.score()).hasValue(BigDecimal.valueOf(score));
        assertThat(result.band()).map(Band::id).hasValue(band);
        assertThat(result.range()).hasValue(new ScoreRange(0, 18));
    }

    @Test
    void everyMjoaScoreCarriesTheBenzelStructureNote() {
        PromScore.Scored result = scored(Instrument.MJOA, "5 7 3 3");

        assertThat(result.note()).hasValue(ModifiedJoaScale.STRUCTURE_NOTE);
        assertThat(ModifiedJoaScale.STRUCTURE_NOTE).contains("Benzel", "checking");
    }

    @Test
    void mjoaNeedsAllFourItems() {
        PromScore.Incomplete result = incomplete(Instrument.MJOA, "5 7 3 -");

        assertThat(result.missing()).containsExactly("mjoa-bladder");
        assertThat(result.maxMissing()).isZero();
    }

    @Test
    void mjoaIsRatedByAClinicianAndNeverSentThroughAPatientLink() {
        assertThat(Instrument.MJOA.answerableByLink()).isFalse();
    }
}
