package org.spinechoice.app.clinic.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinechoice.app.clinic.record.RequestObject.Presence.OPTIONAL;
import static org.spinechoice.app.clinic.record.RequestObject.Presence.REQUIRED;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinechoice.app.platform.Problem;
import org.spinechoice.vocabulary.Sex;

class RequestObjectTest {

    @Test
    void aBodyThatIsNotAnObjectIsOneErrorAndNothingIsReportedMissingOnTop() {
        RequestObject request = RequestObject.body(List.of(1), List.of("a", "b"));

        assertThat(request.text("a", REQUIRED, 10)).isEmpty();
        assertThat(request.wholeNumber("b", REQUIRED, 0, 1)).isEmpty();
        assertThat(request.errors()).containsExactly(new Problem.FieldError("", "expected a JSON object with a, b"));
    }

    @Test
    void unknownMembersAreNamedInOrderAndMissingOnesAfterThem() {
        RequestObject request = RequestObject.body(Map.of("z", 1, "y", 2), List.of("a"));

        request.text("a", REQUIRED, 10);

        assertThat(fields(request)).containsExactly("y", "z", "a");
        assertThat(request.errors().get(2).message()).isEqualTo("required: text of 1 to 10 characters");
    }

    @Test
    void nullCountsAsNotGiven() {
        Map<String, Object> body = new HashMap<>();
        body.put("a", null);
        RequestObject request = RequestObject.body(body, List.of("a"));

        assertThat(request.has("a")).isFalse();
        assertThat(request.text("a", OPTIONAL, 10)).isEmpty();
        assertThat(request.errors()).isEmpty();
    }

    @Test
    void textIsStrippedAndMeasured() {
        RequestObject request = RequestObject.body(
                Map.of("a", "  Anna  ", "b", "   ", "c", "xxxx", "d", 3), List.of("a", "b", "c", "d"));

        assertThat(request.text("a", REQUIRED, 4)).hasValue("Anna");
        assertThat(request.text("b", REQUIRED, 4)).isEmpty();
        assertThat(request.text("c", REQUIRED, 3)).isEmpty();
        assertThat(request.text("d", REQUIRED, 3)).isEmpty();
        assertThat(messages(request))
                .containsExactly(
                        "expected text of 1 to 4 characters, got blank text",
                        "expected text of 1 to 3 characters, got 4 characters",
                        "expected text of 1 to 3 characters, got a number");
    }

    @Test
    void wholeNumbersMayBeWrittenWithAZeroFractionButNotInQuotesOrWithAFraction() {
        Map<String, Object> body = Map.of(
                "int",
                5,
                "long",
                5L,
                "big",
                BigInteger.valueOf(5),
                "zero",
                new BigDecimal("5.0"),
                "half",
                new BigDecimal("5.5"),
                "quoted",
                "5",
                "high",
                6,
                "near",
                new BigDecimal("5.0000000000000001"));
        RequestObject request = RequestObject.body(body, body.keySet());

        for (String whole : List.of("int", "long", "big", "zero")) {
            assertThat(request.wholeNumber(whole, REQUIRED, 1, 5)).hasValue(5);
        }
        for (String refused : List.of("half", "quoted", "high", "near")) {
            assertThat(request.wholeNumber(refused, REQUIRED, 1, 5)).isEmpty();
        }
        assertThat(fields(request)).containsExactly("half", "quoted", "high", "near");
        assertThat(request.errors().get(1).message()).endsWith("(a number, not text in quotes)");
    }

    @Test
    void aPositiveNumberIsAboveZeroAndAtMostItsLimit() {
        Map<String, Object> body =
                Map.of("ok", new BigDecimal("0.5"), "zero", 0, "over", new BigDecimal("10.01"), "max", 10);
        RequestObject request = RequestObject.body(body, body.keySet());
        BigDecimal limit = BigDecimal.TEN;

        assertThat(request.positiveNumber("ok", REQUIRED, limit)).hasValue(new BigDecimal("0.5"));
        assertThat(request.positiveNumber("max", REQUIRED, limit)).hasValue(BigDecimal.TEN);
        assertThat(request.positiveNumber("zero", REQUIRED, limit)).isEmpty();
        assertThat(request.positiveNumber("over", REQUIRED, limit)).isEmpty();
        assertThat(fields(request)).containsExactly("zero", "over");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-3-1", "2026-02-30", "01.03.2026", "2026-03-01T10:00", " 2026-03-01"})
    void aDateIsAnIso8601CalendarDateThatExists(String text) {
        RequestObject request = RequestObject.body(Map.of("date", text), List.of("date"));

        assertThat(request.date("date", REQUIRED)).isEmpty();
        assertThat(request.errors())
                .singleElement()
                .satisfies(error -> assertThat(error.message())
                        .isEqualTo("expected a date as YYYY-MM-DD, e.g. 2026-03-01, got text that is not such a date"));
    }

    @Test
    void aLeapDayIsADate() {
        RequestObject request = RequestObject.body(Map.of("date", "2028-02-29"), List.of("date"));

        assertThat(request.date("date", REQUIRED)).hasValue(LocalDate.of(2028, 2, 29));
    }

    @Test
    void aCodeDiffersFromAnIdOnlyInCaseIsRefusedWithAHint() {
        RequestObject request = RequestObject.body(Map.of("sex", "Female", "other", "woman"), List.of("sex", "other"));

        assertThat(request.code("sex", REQUIRED, Sex.class)).isEmpty();
        assertThat(request.code("other", REQUIRED, Sex.class)).isEmpty();
        assertThat(messages(request))
                .containsExactly(
                        "expected one of female, male, other, undisclosed; ids are lower-case: did you mean 'female'?",
                        "expected one of female, male, other, undisclosed");
    }

    @Test
    void aListNamesEachBadItemByItsIndex() {
        RequestObject request = RequestObject.body(
                Map.of("items", Arrays.asList("a", " ", 3, "b"), "empty", List.of()), List.of("items", "empty"));

        assertThat(request.texts("items", REQUIRED, 5, 10)).isEmpty();
        assertThat(request.texts("empty", REQUIRED, 5, 10)).isEmpty();
        assertThat(request.texts("absent", OPTIONAL, 5, 10)).hasValue(List.of());
        assertThat(fields(request)).containsExactly("items[1]", "items[2]", "empty");
    }

    @Test
    void aNestedObjectNamesItsMembersByTheirPath() {
        RequestObject request =
                RequestObject.body(Map.of("details", Map.of("kind", 1, "extra", true)), List.of("details"));

        RequestObject details =
                request.object("details", REQUIRED, List.of("kind")).orElseThrow();
        details.text("kind", REQUIRED, 10);

        assertThat(fields(request)).containsExactly("details.extra", "details.kind");
        assertThat(details.path("levels")).isEqualTo("details.levels");
    }

    @Test
    void valuesSentAreNeverRepeatedInMessages() {
        RequestObject request = RequestObject.body(
                Map.of("name", "x".repeat(300), "year", "Maria 1952", "sex", "Maria"), List.of("name", "year", "sex"));

        request.text("name", REQUIRED, 200);
        request.wholeNumber("year", REQUIRED, 1900, 2026);
        request.code("sex", REQUIRED, Sex.class);

        assertThat(messages(request)).noneMatch(message -> message.contains("Maria") || message.contains("xxx"));
    }

    private static List<String> fields(RequestObject request) {
        return request.errors().stream().map(Problem.FieldError::field).toList();
    }

    private static List<String> messages(RequestObject request) {
        return request.errors().stream().map(Problem.FieldError::message).toList();
    }
}
