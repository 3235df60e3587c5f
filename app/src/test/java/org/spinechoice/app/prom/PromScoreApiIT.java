package org.spinechoice.app.prom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinechoice.app.DatabaseKind;
import org.spinechoice.app.TestApp;

/**
 * {@code POST /api/proms/{instrument}/score} exactly as {@code spec/proms.md} says, over HTTP against the real app.
 * Each worked example is computed by hand in its comment.
 */
class PromScoreApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start(DatabaseKind.H2);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void odiDividesTheSumByFivePerAnsweredSectionAndRoundsHalfUp() throws Exception {
        // Sections 1-7 answer 2 (14), 9 and 10 answer 1 (2), section 8 is null: 16 of 5 x 9 = 45.
        // 16 / 45 x 100 = 35.555... -> 35.6, above 20 and at most 40: moderate.
        HttpResponse<String> response = post("odi", """
                {"answers": {"odi-1": 2, "odi-2": 2, "odi-3": 2, "odi-4": 2, "odi-5": 2, "odi-6": 2, "odi-7": 2,
                             "odi-8": null, "odi-9": 1, "odi-10": 1}}
                """);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode score = JSON.readTree(response.body());
        assertThat(fieldNames(score)).containsExactly("instrument", "score", "range", "band", "answered", "missing");
        assertThat(score.get("instrument").asText()).isEqualTo("odi");
        assertThat(score.get("score").asDouble()).isEqualTo(35.6);
        assertThat(numbers(score.get("range"))).containsExactly(0, 100);
        assertThat(score.get("band").asText()).isEqualTo("moderate");
        assertThat(score.get("answered").asInt()).isEqualTo(9);
        assertThat(texts(score.get("missing"))).containsExactly("odi-8");
    }

    @Test
    void ndiReplacesAnUnansweredItemByTheMeanAndDoublesTheRoundedScoreForPercent() throws Exception {
        // Items 1-9 sum 3+2+2+3+2+2+2+2+2 = 20, item 10 unanswered: 20 x 10 / 9 = 22.22... -> 22.2,
        // percent 22.2 x 2 = 44.4; at least 15 and below 25: moderate.
        HttpResponse<String> response = post("ndi", """
                {"answers": {"ndi-1": 3, "ndi-2": 2, "ndi-3": 2, "ndi-4": 3, "ndi-5": 2, "ndi-6": 2, "ndi-7": 2,
                             "ndi-8": 2, "ndi-9": 2}}
                """);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode score = JSON.readTree(response.body());
        assertThat(fieldNames(score))
                .containsExactly("instrument", "score", "percent", "range", "band", "answered", "missing");
        assertThat(score.get("score").asDouble()).isEqualTo(22.2);
        assertThat(score.get("percent").asDouble()).isEqualTo(44.4);
        assertThat(numbers(score.get("range"))).containsExactly(0, 50);
        assertThat(score.get("band").asText()).isEqualTo("moderate");
        assertThat(score.get("answered").asInt()).isEqualTo(9);
        assertThat(texts(score.get("missing"))).containsExactly("ndi-10");
    }

    @Test
    void zcqBeforeTreatmentHasTwoSubscaleMeansAndSatisfactionNotAsked() throws Exception {
        // Symptom severity 3+3+4+3+3+3+3 = 22 / 7 = 3.1428... -> 3.14; physical function 2+3+2+2+3 = 12 / 5 = 2.40.
        // No satisfaction item answered: not asked, so null and neither incomplete nor missing.
        HttpResponse<String> response = post("zcq", """
                {"answers": {"zcq-s1": 3, "zcq-s2": 3, "zcq-s3": 4, "zcq-s4": 3, "zcq-s5": 3, "zcq-s6": 3, "zcq-s7": 3,
                             "zcq-f1": 2, "zcq-f2": 3, "zcq-f3": 2, "zcq-f4": 2, "zcq-f5": 3}}
                """);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode score = JSON.readTree(response.body());
        assertThat(fieldNames(score)).containsExactly("instrument", "subscales", "incomplete", "answered", "missing");
        JsonNode subscales = score.get("subscales");
        assertThat(fieldNames(subscales)).containsExactly("symptom-severity", "physical-function", "satisfaction");
        assertThat(subscales.get("symptom-severity").asDouble()).isEqualTo(3.14);
        assertThat(subscales.get("physical-function").asDouble()).isEqualTo(2.4);
        assertThat(subscales.get("satisfaction").isNull()).isTrue();
        assertThat(score.get("incomplete")).isEmpty();
        assertThat(score.get("answered").asInt()).isEqualTo(12);
        assertThat(score.get("missing")).isEmpty();
    }

    @Test
    void zcqAfterTreatmentListsASubscaleWithTwoUnansweredItemsAsIncomplete() throws Exception {
        // Symptom severity all 2 -> 2.00. Physical function: only f1 and f2 answered, 3 unanswered -> null and
        // incomplete. Satisfaction 1+2+2+1+2 = 8 / 5 = 1.60 with p6 unanswered (one may be).
        HttpResponse<String> response = post("zcq", """
                {"answers": {"zcq-s1": 2, "zcq-s2": 2, "zcq-s3": 2, "zcq-s4": 2, "zcq-s5": 2, "zcq-s6": 2, "zcq-s7": 2,
                             "zcq-f1": 1, "zcq-f2": 2,
                             "zcq-p1": 1, "zcq-p2": 2, "zcq-p3": 2, "zcq-p4": 1, "zcq-p5": 2}}
                """);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode score = JSON.readTree(response.body());
        JsonNode subscales = score.get("subscales");
        assertThat(subscales.get("symptom-severity").asDouble()).isEqualTo(2.0);
        assertThat(subscales.get("physical-function").isNull()).isTrue();
        assertThat(subscales.get("satisfaction").asDouble()).isEqualTo(1.6);
        assertThat(texts(score.get("incomplete"))).containsExactly("physical-function");
        assertThat(score.get("answered").asInt()).isEqualTo(14);
        assertThat(texts(score.get("missing"))).containsExactly("zcq-f3", "zcq-f4", "zcq-f5", "zcq-p6");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"nrs-back, 7", "nrs-leg, 8", "nrs-neck, 0", "nrs-arm, 10"})
    void aPainRatingIsItsSingleValueWithoutBand(String instrument, int value) throws Exception {
        HttpResponse<String> response = post(instrument, "{\"answers\": {\"nrs\": " + value + "}}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode score = JSON.readTree(response.body());
        assertThat(fieldNames(score)).containsExactly("instrument", "score", "range", "answered", "missing");
        assertThat(score.get("instrument").asText()).isEqualTo(instrument);
        assertThat(score.get("score").asInt()).isEqualTo(value);
        assertThat(numbers(score.get("range"))).containsExactly(0, 10);
        assertThat(score.get("answered").asInt()).isEqualTo(1);
        assertThat(score.get("missing")).isEmpty();
    }

    @Test
    void mjoaIsTheSumOfItsFourItemsWithItsBandAndTheStructureNote() throws Exception {
        // 4 + 6 + 2 + 3 = 15 of 18: 15-17 is mild.
        HttpResponse<String> response = post("mjoa", """
                {"answers": {"mjoa-upper-motor": 4, "mjoa-lower-motor": 6, "mjoa-upper-sensory": 2, "mjoa-bladder": 3}}
                """);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode score = JSON.readTree(response.body());
        assertThat(fieldNames(score))
                .containsExactly("instrument", "score", "range", "band", "answered", "missing", "note");
        assertThat(score.get("score").asInt()).isEqualTo(15);
        assertThat(numbers(score.get("range"))).containsExactly(0, 18);
        assertThat(score.get("band").asText()).isEqualTo("mild");
        assertThat(score.get("note").asText()).contains("marked for checking");
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} -> {4}, conflict {5}")
    @CsvSource({"1, 1, 0, 1, 3, true", "1, 1, 1, 1, 4, false", "0, 0, 0, 0, 0, true"})
    void sureIsTheNumberOfYesAnswersAndThreeOrLessIsDecisionalConflict(
            int first, int second, int third, int fourth, int expected, boolean conflict) throws Exception {
        HttpResponse<String> response = post(
                "sure",
                "{\"answers\": {\"sure-1\": " + first + ", \"sure-2\": " + second + ", \"sure-3\": " + third
                        + ", \"sure-4\": " + fourth + "}}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode score = JSON.readTree(response.body());
        assertThat(fieldNames(score))
                .containsExactly("instrument", "score", "range", "decisionalConflict", "answered", "missing");
        assertThat(score.get("score").asInt()).isEqualTo(expected);
        assertThat(numbers(score.get("range"))).containsExactly(0, 4);
        assertThat(score.get("decisionalConflict").asBoolean()).isEqualTo(conflict);
    }

    @Test
    void walkingToleranceIsTheMinutesGiven() throws Exception {
        HttpResponse<String> response = post("walking", "{\"answers\": {\"walking-minutes\": 10}}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode score = JSON.readTree(response.body());
        assertThat(fieldNames(score)).containsExactly("instrument", "score", "range", "answered", "missing");
        assertThat(score.get("score").asInt()).isEqualTo(10);
        assertThat(numbers(score.get("range"))).containsExactly(0, 600);
    }

    @Test
    void aWholeNumberWrittenWithAPointZeroIsThatNumber() throws Exception {
        // Ten sections of 3.0: 30 of 50 -> 60.0, which is at most 60: severe.
        HttpResponse<String> response = post("odi", """
                {"answers": {"odi-1": 3.0, "odi-2": 3.0, "odi-3": 3.0, "odi-4": 3.0, "odi-5": 3.0, "odi-6": 3.0,
                             "odi-7": 3.0, "odi-8": 3.0, "odi-9": 3.0, "odi-10": 3.00}}
                """);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode score = JSON.readTree(response.body());
        assertThat(score.get("score").asDouble()).isEqualTo(60.0);
        assertThat(score.get("band").asText()).isEqualTo("severe");
        assertThat(score.get("answered").asInt()).isEqualTo(10);
    }

    @Test
    void everyBadAnswerIsNamedByItsPathInOneProblem() throws Exception {
        HttpResponse<String> response = post("odi", """
                {"answers": {"odi-1": 2.5, "odi-2": "3", "odi-3": 6, "odi-4": -1, "odi-5": 3.0000000000000001,
                             "odi-6": true, "odi-11": 1, "odi-7": 2}}
                """);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        Map<String, String> errors = errorsByField(problem);
        assertThat(errors)
                .containsOnlyKeys(
                        "answers.odi-1",
                        "answers.odi-2",
                        "answers.odi-3",
                        "answers.odi-4",
                        "answers.odi-5",
                        "answers.odi-6",
                        "answers.odi-11");
        assertThat(errors.get("answers.odi-1")).contains("whole number from 0 to 5", "2.5");
        assertThat(errors.get("answers.odi-2")).contains("not text in quotes");
        assertThat(errors.get("answers.odi-3")).contains("got 6");
        assertThat(errors.get("answers.odi-11")).contains("unknown item 'odi-11'");
    }

    @Test
    void anAnswerOutsideAnItemsOwnRangeIsRefusedEvenWhenAnotherItemAllowsIt() throws Exception {
        HttpResponse<String> response = post("mjoa", """
                {"answers": {"mjoa-upper-motor": 6, "mjoa-lower-motor": 7, "mjoa-upper-sensory": 2, "mjoa-bladder": 3}}
                """);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(errorsByField(JSON.readTree(response.body()))).containsOnlyKeys("answers.mjoa-upper-motor");
    }

    @Test
    void aFieldBesideAnswersIsRefusedByName() throws Exception {
        HttpResponse<String> response = post("walking", """
                {"answers": {"walking-minutes": 10}, "timepoint": "baseline", "Answers": {}}
                """);

        assertThat(response.statusCode()).isEqualTo(400);
        Map<String, String> errors = errorsByField(JSON.readTree(response.body()));
        assertThat(errors).containsOnlyKeys("timepoint", "Answers");
        assertThat(errors.get("timepoint")).contains("unknown field");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"answers\": null}", "{\"answers\": [3, 1]}", "{\"answers\": \"odi-1=3\"}"})
    void answersMustBeAnObjectOfItemIds(String body) throws Exception {
        HttpResponse<String> response = post("odi", body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(errorsByField(JSON.readTree(response.body()))).containsOnlyKeys("answers");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "{\"answers\": {\"nrs\": 3}",
                "{answers: {nrs: 3}}",
                "{\"answers\": {\"nrs\": 3}} {\"answers\": {\"nrs\": 9}}",
                "{\"answers\": {\"nrs\": 3, \"nrs\": 9}}",
                "{\"answers\": {\"nrs\": 3}, \"answers\": {\"nrs\": 9}}",
                "[]",
                "null",
                "3"
            })
    void aBodyThatIsNotOneJsonObjectWithUniqueKeysIsA400Problem(String body) throws Exception {
        HttpResponse<String> response = post("nrs-leg", body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void odiWithThreeUnansweredSectionsIsIncompleteNamingThemAndTheLimit() throws Exception {
        HttpResponse<String> response = post("odi", """
                {"answers": {"odi-1": 1, "odi-2": 1, "odi-3": 1, "odi-4": 1, "odi-5": 1, "odi-6": 1, "odi-7": 1}}
                """);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(422);
        assertThat(problem.get("detail").asText()).contains("at most 2");
        assertThat(texts(problem.get("missing"))).containsExactly("odi-8", "odi-9", "odi-10");
        assertThat(problem.get("maxMissing").asInt()).isEqualTo(2);
        assertThat(problem.has("errors")).isFalse();
    }

    @Test
    void zcqWithBothMainSubscalesIncompleteIsA422WithTheLimitPerSubscale() throws Exception {
        HttpResponse<String> response = post("zcq", "{\"answers\": {\"zcq-s1\": 2, \"zcq-f1\": 2}}");

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(texts(problem.get("missing")))
                .containsExactly(
                        "zcq-s2", "zcq-s3", "zcq-s4", "zcq-s5", "zcq-s6", "zcq-s7", "zcq-f2", "zcq-f3", "zcq-f4",
                        "zcq-f5");
        assertThat(problem.get("maxMissing").asInt()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "sure | {\"answers\": {\"sure-1\": 1, \"sure-2\": 1, \"sure-3\": 1}} | sure-4",
                "mjoa | {\"answers\": {\"mjoa-upper-motor\": 5, \"mjoa-lower-motor\": 7, \"mjoa-bladder\": 3}}"
                        + " | mjoa-upper-sensory",
                "nrs-back | {\"answers\": {\"nrs\": null}} | nrs",
                "walking | {\"answers\": {}} | walking-minutes"
            })
    void anInstrumentThatNeedsEveryItemIsIncompleteWithoutOne(String instrument, String body, String missing)
            throws Exception {
        HttpResponse<String> response = post(instrument, body);

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(texts(problem.get("missing"))).containsExactly(missing);
        assertThat(problem.get("maxMissing").asInt()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"oswestry", "ODI", "nrs", "odi%20"})
    void anUnknownInstrumentIsA404Problem(String instrument) throws Exception {
        HttpResponse<String> response = post(instrument, "{\"answers\": {\"odi-1\": 3}}");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("detail").asText()).contains("odi", "walking");
    }

    @Test
    void scoringStoresNothing() {
        Map<String, Integer> before = rowsPerTable();

        post("walking", "{\"answers\": {\"walking-minutes\": 10}}");
        post("odi", "{\"answers\": {\"odi-1\": 1}}");
        post("odi", "{\"answers\": {\"odi-1\": 9}}");

        assertThat(before).containsKey("flyway_schema_history");
        assertThat(rowsPerTable()).isEqualTo(before);
    }

    private static Map<String, Integer> rowsPerTable() {
        return app.running().database().jdbi().withHandle(handle -> {
            List<String> tables = handle.createQuery("SELECT table_name FROM information_schema.tables "
                            + "WHERE LOWER(table_schema) = 'public'")
                    .mapTo(String.class)
                    .list();
            Map<String, Integer> rows = new TreeMap<>();
            for (String table : tables) {
                rows.put(
                        table.toLowerCase(Locale.ROOT),
                        handle.createQuery("SELECT COUNT(*) FROM \"" + table + "\"")
                                .mapTo(Integer.class)
                                .one());
            }
            return rows;
        });
    }

    private static HttpResponse<String> post(String instrument, String body) {
        return app.send(HttpRequest.newBuilder(app.uri("/api/proms/" + instrument + "/score"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private static Map<String, String> errorsByField(JsonNode problem) {
        Map<String, String> errors = new TreeMap<>();
        problem.get("errors")
                .forEach(error -> errors.put(
                        error.get("field").asText(), error.get("message").asText()));
        assertThat(errors).hasSameSizeAs(problem.get("errors"));
        return errors;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static List<Integer> numbers(JsonNode array) {
        List<Integer> numbers = new ArrayList<>();
        array.forEach(item -> numbers.add(item.asInt()));
        return numbers;
    }
}
