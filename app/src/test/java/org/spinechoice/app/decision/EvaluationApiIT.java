package org.spinechoice.app.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spinechoice.app.DatabaseKind;
import org.spinechoice.app.TestApp;
import org.spinechoice.vocabulary.Coded;
import org.spinechoice.vocabulary.OptionId;

/** {@code POST /api/options/evaluate} exactly as {@code spec/options.md} says, with the real knowledge files. */
class EvaluationApiIT {

    private static final String EXAMPLE_INTAKE = """
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
    private static final List<String> DISPLAY_ORDER =
            List.of("urgent-care-first", "suitable", "caution", "not-advised");
    private static final List<String> TABLE_ORDER = Coded.ids(OptionId.class);
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
    void theExampleIntakeGivesTheTriageAndEveryOptionInTheContractShape() throws Exception {
        HttpResponse<String> response = post(EXAMPLE_INTAKE);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode evaluation = JSON.readTree(response.body());
        assertThat(fieldNames(evaluation)).containsExactly("triage", "options");
        assertThat(fieldNames(evaluation.get("triage"))).containsExactly("urgency", "findings", "disclaimer");
        assertThat(evaluation.get("triage").get("urgency").asText()).isEqualTo("ROUTINE");
        JsonNode options = evaluation.get("options");
        assertThat(options).hasSize(14);
        assertThat(ids(options)).containsExactlyInAnyOrderElementsOf(TABLE_ORDER);
        for (JsonNode option : options) {
            assertThat(fieldNames(option)).containsExactly("id", "suitability", "reasons", "preferenceFit");
            assertThat(DISPLAY_ORDER).contains(option.get("suitability").asText());
            assertThat(option.get("preferenceFit").isNumber()).isTrue();
            assertThat(option.get("preferenceFit").asDouble()).isBetween(0.0, 1.0);
            assertThat(option.get("reasons")).isNotEmpty();
            for (JsonNode reason : option.get("reasons")) {
                assertThat(fieldNames(reason)).containsExactly("text", "sources");
                assertThat(reason.get("text").asText()).isNotBlank();
                assertThat(reason.get("sources").isArray()).isTrue();
                reason.get("sources")
                        .forEach(source -> assertThat(source.isTextual()).isTrue());
            }
        }
    }

    @Test
    void optionsAreOrderedBySuitabilityThenPreferenceFitThenTheContractTable() throws Exception {
        JsonNode options = evaluate(EXAMPLE_INTAKE).get("options");

        Set<String> suitabilities = new HashSet<>();
        Set<Double> fits = new HashSet<>();
        for (int index = 1; index < options.size(); index++) {
            JsonNode before = options.get(index - 1);
            JsonNode after = options.get(index);
            suitabilities.add(after.get("suitability").asText());
            fits.add(after.get("preferenceFit").asDouble());
            int bySuitability = Integer.compare(rank(before), rank(after));
            int byFit = Double.compare(
                    after.get("preferenceFit").asDouble(),
                    before.get("preferenceFit").asDouble());
            int byTable = Integer.compare(
                    TABLE_ORDER.indexOf(before.get("id").asText()),
                    TABLE_ORDER.indexOf(after.get("id").asText()));
            assertThat(bySuitability != 0 ? bySuitability : byFit != 0 ? byFit : byTable)
                    .as("%s before %s", before.get("id"), after.get("id"))
                    .isNegative();
        }
        // The example must exercise every key of the order, or this test could not fail.
        assertThat(suitabilities).contains("suitable", "caution", "not-advised");
        assertThat(fits).hasSizeGreaterThan(2);
    }

    @Test
    void withNoPreferenceGivenEveryOptionFitsOneHalf() throws Exception {
        JsonNode options = evaluate("{\"region\": \"lumbar\", \"age\": 60}").get("options");

        options.forEach(
                option -> assertThat(option.get("preferenceFit").asDouble()).isEqualTo(0.5));
    }

    @Test
    void inTheNeckTheOptionsForOtherRegionsAreNotAdvised() throws Exception {
        Map<String, JsonNode> options =
                byId(evaluate("{\"region\": \"cervical\", \"age\": 60, \"symptoms\": [\"neck-pain\", \"arm-pain\"]}")
                        .get("options"));

        List<String> notAdvised = new ArrayList<>();
        options.forEach((id, option) -> {
            if (option.get("suitability").asText().equals("not-advised")) {
                notAdvised.add(id);
            }
        });
        assertThat(notAdvised)
                .containsExactlyInAnyOrder(
                        "brace", "decompression-fusion", "minimally-invasive-procedures", "decompression-surgery");
        assertThat(texts(options.get("brace").get("reasons"))).anyMatch(text -> text.contains("Not used for stenosis"));
        assertThat(options.get("cervical-surgery").get("suitability").asText()).isEqualTo("suitable");
    }

    @Test
    void anEmergencyPutsUrgentCareFirstForEveryOption() throws Exception {
        JsonNode evaluation = evaluate("""
                {"region": "lumbar", "age": 60, "warningSigns": ["bowel-incontinence"],
                 "healthFactors": ["diabetes"], "preferences": {"avoid-surgery": 4}}
                """);

        assertThat(evaluation.get("triage").get("urgency").asText()).isEqualTo("EMERGENCY");
        assertThat(evaluation.get("options")).hasSize(14);
        evaluation.get("options").forEach(option -> {
            assertThat(option.get("suitability").asText()).isEqualTo("urgent-care-first");
            assertThat(option.get("reasons").get(0).get("sources")).isNotEmpty();
        });
    }

    @Test
    void diabetesFiresTheBloodSugarCautionOfEpiduralSteroidInjection() throws Exception {
        JsonNode withDiabetes = byId(evaluate(EXAMPLE_INTAKE).get("options")).get("epidural-steroid-injection");
        JsonNode withoutDiabetes = byId(evaluate(EXAMPLE_INTAKE.replace("\"diabetes\"", ""))
                        .get("options"))
                .get("epidural-steroid-injection");

        assertThat(withDiabetes.get("suitability").asText()).isEqualTo("caution");
        JsonNode caution = null;
        for (JsonNode reason : withDiabetes.get("reasons")) {
            if (reason.get("text").asText().contains("blood sugar")) {
                caution = reason;
            }
        }
        assertThat(caution).isNotNull();
        assertThat(caution.get("sources")).hasSize(1);
        assertThat(caution.get("sources").get(0).asText()).isEqualTo("even-2012");
        assertThat(withoutDiabetes.get("suitability").asText()).isEqualTo("suitable");
    }

    @Test
    void handOrBalanceProblemsPutCervicalSurgeryUnderConsiderationWhateverTheRegion() throws Exception {
        JsonNode evaluation = evaluate("{\"region\": \"lumbar\", \"age\": 70, \"symptoms\": [\"hand-clumsiness\"]}");

        assertThat(evaluation.get("triage").get("urgency").asText()).isEqualTo("URGENT");
        JsonNode cervicalSurgery = byId(evaluation.get("options")).get("cervical-surgery");
        assertThat(cervicalSurgery.get("suitability").asText()).isEqualTo("suitable");
        assertThat(texts(cervicalSurgery.get("reasons"))).anyMatch(text -> text.contains("spine surgeon"));
    }

    @Test
    void aBadIntakeIsA400ProblemCarryingTheTriageWhenARuleFires() throws Exception {
        HttpResponse<String> response = post("""
                {"region": "lumber", "age": 200, "warningSigns": ["weakness-worsening"]}
                """);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("region", "age");
        assertThat(problem.get("triage").get("urgency").asText()).isEqualTo("EMERGENCY");
        assertThat(problem.get("triage").get("findings").get(0).get("rule").asText())
                .isEqualTo("progressive-deficit");
        assertThat(problem.has("options")).isFalse();
    }

    private static int rank(JsonNode option) {
        return DISPLAY_ORDER.indexOf(option.get("suitability").asText());
    }

    private static JsonNode evaluate(String intake) throws Exception {
        HttpResponse<String> response = post(intake);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> post(String body) {
        return app.send(HttpRequest.newBuilder(app.uri("/api/options/evaluate"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private static Map<String, JsonNode> byId(JsonNode options) {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        options.forEach(option -> byId.put(option.get("id").asText(), option));
        return byId;
    }

    private static List<String> ids(JsonNode options) {
        return new ArrayList<>(byId(options).keySet());
    }

    private static List<String> texts(JsonNode reasons) {
        List<String> texts = new ArrayList<>();
        reasons.forEach(reason -> texts.add(reason.get("text").asText()));
        return texts;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
