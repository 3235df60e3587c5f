package org.spinechoice.app.triage;

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
import org.junit.jupiter.params.provider.ValueSource;
import org.spinechoice.app.DatabaseKind;
import org.spinechoice.app.TestApp;
import org.spinechoice.triage.TriageResult;

/** {@code POST /api/triage} exactly as {@code spec/intake-and-triage.md} says, over HTTP against the real app. */
class TriageApiIT {

    static final String EXAMPLE_INTAKE = """
            {
              "region": "lumbar",
              "age": 68,
              "sex": "female",
              "durationWeeks": 30,
              "course": "stable",
              "symptoms": ["back-pain", "leg-pain", "walking-leg-symptoms"],
              "warningSigns": [],
              "walkingMinutes": 10,
              "healthFactors": ["diabetes"],
              "triedOptions": ["physical-therapy"],
              "preferences": { "avoid-surgery": 4, "avoid-needles": 1, "quick-relief": 2 }
            }
            """;

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
    void theContractsExampleIntakeIsRoutineWithTheDisclaimer() throws Exception {
        HttpResponse<String> response = post(EXAMPLE_INTAKE);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode triage = JSON.readTree(response.body());
        assertThat(fieldNames(triage)).containsExactly("urgency", "findings", "disclaimer");
        assertThat(triage.get("urgency").asText()).isEqualTo("ROUTINE");
        assertThat(triage.get("findings").isArray()).isTrue();
        assertThat(triage.get("findings")).isEmpty();
        assertThat(triage.get("disclaimer").asText()).isEqualTo(TriageResult.DISCLAIMER);
    }

    @Test
    void caudaEquinaSignsAreAnEmergencyNamingTheirInputsInTheOrderOfTheRule() throws Exception {
        HttpResponse<String> response = post("""
                {"region": "lumbar", "age": 55, "warningSigns": ["saddle-numbness", "bladder-retention"]}
                """);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode triage = JSON.readTree(response.body());
        assertThat(triage.get("urgency").asText()).isEqualTo("EMERGENCY");
        JsonNode finding = triage.get("findings").get(0);
        assertThat(fieldNames(finding)).containsExactly("rule", "urgency", "because", "advice", "sources");
        assertThat(finding.get("rule").asText()).isEqualTo("cauda-equina");
        assertThat(finding.get("urgency").asText()).isEqualTo("EMERGENCY");
        assertThat(texts(finding.get("because"))).containsExactly("bladder-retention", "saddle-numbness");
        assertThat(finding.get("advice").asText()).contains("emergency department", "Do not wait");
        assertThat(texts(finding.get("sources"))).containsExactly("nice-cks-sciatica-red-flags");
    }

    @Test
    void aBadIntakeNamesEveryFieldByPathAndStillCarriesTheEmergency() throws Exception {
        HttpResponse<String> response = post("""
                {"region": "Lumbar", "age": 68.5, "warningSigns": ["saddle-numbness", "fevr"], "walkingMinute": 10}
                """);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        Map<String, String> errors = errorsByField(problem);
        assertThat(errors).containsOnlyKeys("region", "age", "warningSigns[1]", "walkingMinute");
        assertThat(errors.get("region")).contains("did you mean 'lumbar'");
        assertThat(errors.get("age")).contains("whole number");
        assertThat(errors.get("warningSigns[1]")).contains("unknown warning sign 'fevr'", "fever");
        assertThat(errors.get("walkingMinute")).contains("unknown field 'walkingMinute'", "walkingMinutes");
        JsonNode triage = problem.get("triage");
        assertThat(fieldNames(triage)).containsExactly("urgency", "findings", "disclaimer");
        assertThat(triage.get("urgency").asText()).isEqualTo("EMERGENCY");
        assertThat(triage.get("findings").get(0).get("rule").asText()).isEqualTo("cauda-equina");
        assertThat(texts(triage.get("findings").get(0).get("because"))).containsExactly("saddle-numbness");
    }

    @Test
    void aBadIntakeWithoutARedFlagHasNoTriageMember() throws Exception {
        HttpResponse<String> response = post("""
                {"region": "lumbar", "age": "68", "symptoms": ["back-pain"]}
                """);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(errorsByField(problem)).containsOnlyKeys("age");
        assertThat(problem.has("triage")).isFalse();
    }

    @Test
    void wholeNumbersWithAPointZeroRepeatedItemsAndNullOptionalFieldsAreAccepted() throws Exception {
        HttpResponse<String> response = post("""
                {"region": "lumbar", "age": 68.0, "sex": null, "course": null,
                 "symptoms": ["back-pain", "back-pain"], "warningSigns": ["foot-drop", "foot-drop"]}
                """);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode triage = JSON.readTree(response.body());
        assertThat(triage.get("urgency").asText()).isEqualTo("URGENT");
        assertThat(texts(triage.get("findings").get(0).get("because"))).containsExactly("foot-drop");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "{\"region\": \"lumbar\", \"age\": 68",
                "{region: lumbar, age: 68}",
                "{\"region\": \"lumbar\", \"age\": 68} {\"warningSigns\": [\"saddle-numbness\"]}",
                "{\"region\": \"lumbar\", \"age\": 68, \"age\": 70}",
                "{\"region\": \"lumbar\", \"age\": 68, \"warningSigns\": [\"saddle-numbness\"], \"warningSigns\": []}",
                "[]",
                "null",
                "\"lumbar\""
            })
    void aBodyThatIsNotOneJsonObjectWithUniqueKeysIsA400Problem(String body) throws Exception {
        HttpResponse<String> response = post(body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void triageStoresNothing() {
        Map<String, Integer> before = rowsPerTable();

        post(EXAMPLE_INTAKE);
        post("{\"region\": \"lumbar\", \"age\": 55, \"warningSigns\": [\"bladder-retention\"]}");
        post("{\"region\": \"Lumbar\", \"age\": 68.5, \"warningSigns\": [\"saddle-numbness\"]}");

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

    private static HttpResponse<String> post(String body) {
        return app.send(HttpRequest.newBuilder(app.uri("/api/triage"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    static Map<String, String> errorsByField(JsonNode problem) {
        Map<String, String> errors = new TreeMap<>();
        problem.get("errors")
                .forEach(error -> errors.put(
                        error.get("field").asText(), error.get("message").asText()));
        assertThat(errors).hasSameSizeAs(problem.get("errors"));
        return errors;
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
