package org.spinechoice.prom;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResponderRuleTest {

    @ParameterizedTest(name = "{0} from {1}: respond at {2}")
    @CsvSource({
        "ODI, 40, 28",
        "ODI, 42.2, 29.54",
        "NDI, 20, 15",
        "NRS_BACK, 8, 5.6",
        "NRS_LEG, 5, 3",
        "NRS_NECK, 4, 2",
        "ZCQ, 3.14, 2.64",
        "MJOA, 12, 14"
    })
    void eachRuleSetsTheThresholdOfTheSpecTable(Instrument instrument, String baseline, String threshold) {
        ResponderRule rule = ResponderRule.of(instrument).orElseThrow();

        assertThat(rule.threshold(new BigDecimal(baseline))).isEqualByComparingTo(threshold);
    }

    @Test
    void aPainRatingNeedsThirtyPercentAndTwoPointsWhicheverIsMore() {
        ResponderRule rule = ResponderRule.NRS_30_PERCENT_AND_2_POINTS;

        assertThat(rule.requiredImprovement(BigDecimal.valueOf(5))).isEqualByComparingTo("2");
        assertThat(rule.requiredImprovement(BigDecimal.TEN)).isEqualByComparingTo("3");
        assertThat(rule.isResponse(BigDecimal.valueOf(5), BigDecimal.valueOf(4)))
                .isFalse();
        assertThat(rule.isResponse(BigDecimal.valueOf(5), BigDecimal.valueOf(3)))
                .isTrue();
    }

    @Test
    void improvementIsAFallExceptForTheMjoaWhereHigherIsBetter() {
        assertThat(ResponderRule.ODI_30_PERCENT.isResponse(BigDecimal.valueOf(40), BigDecimal.valueOf(28)))
                .isTrue();
        assertThat(ResponderRule.ODI_30_PERCENT.isResponse(BigDecimal.valueOf(40), BigDecimal.valueOf(29)))
                .isFalse();
        assertThat(ResponderRule.MJOA_2_POINTS.isResponse(BigDecimal.valueOf(12), BigDecimal.valueOf(14)))
                .isTrue();
        assertThat(ResponderRule.MJOA_2_POINTS.isResponse(BigDecimal.valueOf(12), BigDecimal.valueOf(10)))
                .isFalse();
    }

    @ParameterizedTest(name = "{0}: baseline {1} leaves room: {2}")
    @CsvSource({
        "ODI, 20, true",
        "ODI, 19.9, false",
        "NDI, 5, true",
        "NDI, 4, false",
        "NRS_ARM, 3, true",
        "NRS_ARM, 2, false",
        "ZCQ, 1.5, true",
        "ZCQ, 1.49, false",
        "MJOA, 17, true",
        "MJOA, 18, false"
    })
    void aBaselineMustLeaveRoomToImprove(Instrument instrument, String baseline, boolean room) {
        assertThat(ResponderRule.of(instrument).orElseThrow().leavesRoomToImprove(new BigDecimal(baseline)))
                .isEqualTo(room);
    }

    @Test
    void theZcqRuleAppliesToSymptomSeverityAndPhysicalFunctionAndIsMarkedForChecking() {
        assertThat(ResponderRule.ZCQ_HALF_POINT_EACH.subscales())
                .containsExactly("symptom-severity", "physical-function");
        assertThat(ResponderRule.ZCQ_HALF_POINT_EACH.markedForChecking()).isTrue();
        assertThat(Arrays.stream(ResponderRule.values()).filter(ResponderRule::markedForChecking))
                .containsExactly(ResponderRule.ZCQ_HALF_POINT_EACH);
    }

    @Test
    void theSureTestAndWalkingToleranceHaveNoResponderRule() {
        assertThat(ResponderRule.of(Instrument.SURE)).isEmpty();
        assertThat(ResponderRule.of(Instrument.WALKING)).isEmpty();
        assertThat(Arrays.stream(Instrument.values())
                        .filter(instrument -> ResponderRule.of(instrument).isPresent()))
                .hasSize(8);
    }
}
