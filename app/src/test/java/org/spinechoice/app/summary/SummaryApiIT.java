package org.spinechoice.app.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spinechoice.app.DatabaseKind;
import org.spinechoice.app.TestApp;

/** {@code POST /api/summary}: the printable page or the PDF for a JSON request; bad requests name every field. */
class SummaryApiIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
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
    void acceptTextHtmlGivesThePrintablePage() {
        HttpResponse<String> response = post(SummaryExamples.API_REQUEST, "text/html");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body())
                .contains("<h1>Summary for your doctor</h1>")
                .contains("No warning signs in your answers")
                .contains("Physical therapy and supervised exercise")
                .contains("Epidural steroid injection")
                .contains("38 out of 100: moderate disability")
                .contains("4 out of 4")
                .contains("If I choose one of these options, what are the next steps");
    }

    @Test
    void acceptApplicationPdfGivesThePdf() throws Exception {
        HttpResponse<byte[]> response = HTTP.send(
                request(SummaryExamples.API_REQUEST, "application/pdf"), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"spinechoice-summary.pdf\"");
        assertThat(new String(response.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(SummaryExamples.pdfText(response.body()))
                .contains("No warning signs in your answers")
                .contains("Epidural steroid injection");
    }

    @Test
    void promsAndSureAreOptional() {
        HttpResponse<String> response = post("""
                {"intake": {"region": "cervical", "age": 70},
                 "compare": ["watchful-waiting", "cervical-surgery", "physical-therapy"]}
                """, "text/html");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("You did not answer the questionnaires")
                .contains("Neck surgery for spinal cord compression (myelopathy)")
                .doesNotContain("SURE test");
    }

    @Test
    void aBadRequestIsOneProblemNamingEveryField() throws Exception {
        HttpResponse<String> response = post("""
                {"intake": {"region": "lumbar", "age": 12},
                 "compare": ["physical-therapy", "magic-cure"],
                 "proms": {"odi": {"answers": {"odi-3": 9}}, "ndi": {}},
                 "sure": {"answers": {"sure-1": "yes"}},
                 "colour": "blue"}
                """, "application/pdf");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asText()));
        assertThat(fields)
                .containsExactlyInAnyOrder(
                        "colour",
                        "intake.age",
                        "compare[1]",
                        "proms.ndi",
                        "proms.odi.answers.odi-3",
                        "sure.answers.sure-1");
        assertThat(problem.has("triage")).isFalse();
    }

    @Test
    void comparingTooFewOptionsOrLeavingOutTheIntakeIsNamed() throws Exception {
        JsonNode problem = JSON.readTree(
                post("{\"compare\": [\"brace\", \"brace\"]}", "text/html").body());

        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("intake", "compare");
    }

    @Test
    void aBadRequestStillCarriesTheTriageWhenARedFlagFired() throws Exception {
        HttpResponse<String> response = post("""
                {"intake": {"region": "lumbar", "age": 60, "warningSigns": ["saddle-numbness"]},
                 "compare": ["physical-therapy"]}
                """, "text/html");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("compare");
        assertThat(problem.get("triage").get("urgency").asText()).isEqualTo("EMERGENCY");
    }

    @Test
    void bodyThatIsNotJsonIsAProblemToo() throws Exception {
        HttpResponse<String> response = post("{\"intake\": ", "text/html");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("title").asText()).isEqualTo("Invalid JSON");
    }

    @Test
    void aClientThatAcceptsNeitherFormIsTold() throws Exception {
        HttpResponse<String> response = post(SummaryExamples.API_REQUEST, "application/json");

        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private static HttpResponse<String> post(String body, String accept) {
        return app.send(request(body, accept));
    }

    private static HttpRequest request(String body, String accept) {
        return HttpRequest.newBuilder(app.uri("/api/summary"))
                .header("Content-Type", "application/json")
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }
}
