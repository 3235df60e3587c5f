package org.spinechoice.app.option;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spinechoice.app.DatabaseKind;
import org.spinechoice.app.TestApp;
import org.spinechoice.vocabulary.Coded;
import org.spinechoice.vocabulary.OptionId;

/** {@code GET /api/options} and {@code GET /api/options/{id}} exactly as {@code spec/options.md} says. */
class OptionApiIT {

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
    void listHasEveryOptionInTheOrderOfTheContractTable() throws Exception {
        HttpResponse<String> response = app.get("/api/options");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode options = JSON.readTree(response.body()).get("options");
        List<String> ids = new ArrayList<>();
        options.forEach(option -> ids.add(option.get("id").asText()));
        assertThat(ids).containsExactlyElementsOf(Coded.ids(OptionId.class));
    }

    @Test
    void listEntriesCarryExactlyTheContractFields() throws Exception {
        JsonNode first =
                JSON.readTree(app.get("/api/options").body()).get("options").get(0);

        assertThat(fieldNames(first)).containsExactly("id", "name", "category", "regions", "headline", "lastReviewed");
        assertThat(fieldNames(first.get("headline"))).containsExactly("statement", "direction", "certainty");
        assertThat(first.get("regions").isArray()).isTrue();
        assertThat(first.get("lastReviewed").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void epiduralSteroidHeadlineSaysNoImportantBenefitWithModerateCertainty() throws Exception {
        JsonNode headline = JSON.readTree(
                        app.get("/api/options/epidural-steroid-injection").body())
                .get("headline");

        assertThat(headline.get("direction").asText()).isEqualTo("no-important-benefit");
        assertThat(headline.get("certainty").asText()).isEqualTo("moderate");
    }

    @Test
    void detailResolvesSourcesToObjectsThatStatementsCiteById() throws Exception {
        JsonNode option = JSON.readTree(app.get("/api/options/prolotherapy").body());

        JsonNode source = option.get("sources").get(0);
        assertThat(fieldNames(source)).containsExactly("id", "citation", "link", "design");
        assertThat(source.get("link").asText()).startsWith("https://");
        List<String> sourceIds = new ArrayList<>();
        option.get("sources").forEach(each -> sourceIds.add(each.get("id").asText()));
        option.get("benefits")
                .forEach(benefit -> benefit.get("sources")
                        .forEach(id -> assertThat(sourceIds).contains(id.asText())));
    }

    @Test
    void detailHoldsEverySectionOfTheContract() throws Exception {
        JsonNode option = JSON.readTree(app.get("/api/options/prolotherapy").body());

        assertThat(fieldNames(option))
                .contains(
                        "id",
                        "name",
                        "category",
                        "regions",
                        "lastReviewed",
                        "reviewedBy",
                        "summary",
                        "whatItInvolves",
                        "howItIsThoughtToWork",
                        "headline",
                        "burden",
                        "attributes",
                        "benefits",
                        "harms",
                        "claims",
                        "cautions",
                        "sources");
        assertThat(option.get("category").asText()).isEqualTo("injection");
        assertThat(option.get("attributes").get("involvesNeedles").asBoolean()).isTrue();
        JsonNode claim = option.get("claims").get(0);
        assertThat(claim.get("figure").asDouble()).isEqualTo(0.89);
        assertThat(claim.get("outcome").get("population").asText()).containsIgnoringCase("low back pain");
    }

    @Test
    void unknownIdIsA404ProblemDocument() throws Exception {
        HttpResponse<String> response = app.get("/api/options/miracle-cure");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("title").asText()).isEqualTo("Not Found");
        assertThat(response.body()).doesNotContain("Exception");
    }

    @Test
    void unknownApiPathIsA404ProblemDocument() {
        HttpResponse<String> response = app.get("/api/nothing-here");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
