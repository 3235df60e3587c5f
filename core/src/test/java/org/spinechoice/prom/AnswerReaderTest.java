package org.spinechoice.prom;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AnswerReaderTest {

    static Stream<Arguments> wholeNumbers() {
        return Stream.of(
                Arguments.of(3, 3),
                Arguments.of(3L, 3),
                Arguments.of(3.0, 3),
                Arguments.of(3.0f, 3),
                Arguments.of(new BigDecimal("3.00"), 3),
                Arguments.of(BigInteger.valueOf(3), 3),
                Arguments.of(0, 0),
                Arguments.of(-0.0, 0),
                Arguments.of(5, 5),
                Arguments.of(new BigDecimal("0E+2"), 0));
    }

    @ParameterizedTest(name = "[{index}] {0} reads as {1}")
    @MethodSource("wholeNumbers")
    void wholeNumbersAreAcceptedWhateverTheirJsonType(Object value, int expected) {
        AnswerReading reading = AnswerReader.read(Instrument.ODI, Map.of("odi-1", value));

        assertThat(reading).isEqualTo(new AnswerReading.Valid(Instrument.ODI, Map.of("odi-1", expected)));
    }

    static Stream<Arguments> rejectedValues() {
        return Stream.of(
                Arguments.of(2.5),
                Arguments.of(new BigDecimal("2.5")),
                Arguments.of("3"),
                Arguments.of(true),
                Arguments.of(6),
                Arguments.of(-1),
                Arguments.of(5.000001),
                Arguments.of(Double.NaN),
                Arguments.of(Double.POSITIVE_INFINITY),
                Arguments.of(Long.MAX_VALUE),
                Arguments.of(1e300),
                Arguments.of(List.of(3)),
                Arguments.of(Map.of("value", 3)));
    }

    @ParameterizedTest(name = "{0} is rejected")
    @MethodSource("rejectedValues")
    void anAnswerMustBeAWholeNumberInsideTheItemRange(Object value) {
        AnswerReading reading = AnswerReader.read(Instrument.ODI, Map.of("odi-3", value));

        assertThat(errorsOf(reading)).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("answers.odi-3");
            assertThat(error.message()).contains("whole number from 0 to 5");
        });
    }

    @Test
    void textThatLooksLikeANumberIsRejectedWithAHint() {
        AnswerReading reading = AnswerReader.read(Instrument.NDI, Map.of("ndi-2", "3"));

        assertThat(errorsOf(reading))
                .singleElement()
                .satisfies(error -> assertThat(error.message()).contains("not text in quotes", "'3'"));
    }

    @Test
    void nullIsUnansweredNotAnError() {
        Map<String, Object> tree = new HashMap<>();
        tree.put("odi-1", 2);
        tree.put("odi-2", null);

        assertThat(AnswerReader.read(Instrument.ODI, tree))
                .isEqualTo(new AnswerReading.Valid(Instrument.ODI, Map.of("odi-1", 2)));
    }

    @Test
    void anEmptyObjectIsValidAndLeavesScoringToJudgeCompleteness() {
        assertThat(AnswerReader.read(Instrument.SURE, Map.of()))
                .isEqualTo(new AnswerReading.Valid(Instrument.SURE, Map.of()));
    }

    @Test
    void unknownItemIdsAreRejectedIncludingAnotherInstrumentsItems() {
        AnswerReading reading = AnswerReader.read(Instrument.ODI, Map.of("odi-11", 1, "ndi-1", 1, "odi-1", 1));

        assertThat(errorsOf(reading)).extracting(AnswerError::field).containsExactly("answers.ndi-1", "answers.odi-11");
        assertThat(errorsOf(reading).get(0).message()).contains("unknown item 'ndi-1' for odi", "odi-1, odi-2");
    }

    @Test
    void everyErrorIsReportedAtOnceInQuestionnaireOrderThenUnknownIds() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("zcq-x1", 2);
        tree.put("zcq-p1", 5);
        tree.put("zcq-s1", 5);
        tree.put("zcq-f1", 5);
        tree.put("zcq-s2", 0);
        tree.put("zcq-s3", 2.5);

        assertThat(errorsOf(AnswerReader.read(Instrument.ZCQ, tree)))
                .extracting(AnswerError::field)
                .containsExactly(
                        "answers.zcq-s2", "answers.zcq-s3", "answers.zcq-f1", "answers.zcq-p1", "answers.zcq-x1");
    }

    @Test
    void theAnswersMustBeAnObject() {
        for (Object tree : new Object[] {null, List.of(1, 2), "odi-1=3", 3}) {
            assertThat(errorsOf(AnswerReader.read(Instrument.ODI, tree)))
                    .as("tree %s", tree)
                    .extracting(AnswerError::field)
                    .containsExactly("answers");
        }
    }

    private static List<AnswerError> errorsOf(AnswerReading reading) {
        assertThat(reading).isInstanceOf(AnswerReading.Invalid.class);
        return ((AnswerReading.Invalid) reading).errors();
    }
}
