package org.spinechoice.app.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spinechoice.app.DatabaseKind;
import org.spinechoice.app.TestApp;

/** The last step of the check, {@code /check/summary}, and its PDF, over HTTP against the real app. */
class SummaryPageIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
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
    void theSummaryShowsTriageAnswersScoresPreferencesOptionsQuestionsAndSources() {
        HttpResponse<String> response = app.get("/check/summary?" + SummaryExamples.ANSWERS);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        String page = response.body();
        assertThat(page)
                .contains("<h1>Your summary</h1>")
                .contains("No warning signs in your answers")
                .contains("Lower back (lumbar)")
                .contains("Diabetes")
                .contains("38 out of 100: moderate disability")
                .contains("not the licensed ODI wording")
                .contains("3 out of 4")
                .contains("Avoiding an operation")
                .contains("Physical therapy and supervised exercise")
                .contains("Epidural steroid injection")
                .contains("Decompression surgery")
                .contains("Key benefit")
                .contains("Key harm")
                .contains("of 100 people")
                .contains("What is likely to happen if I wait")
                .contains("Epidural steroid injection is marked \"Take care\" for me")
                .contains("I am not yet sure which option suits me")
                .contains("https://doi.org/10.1056/NEJMoa1313265")
                .contains("Made on ");
    }

    @Test
    void thePageLinksToItsPdfAndOffersToSaveTheSameAnswers() {
        String page = app.get("/check/summary?" + SummaryExamples.ANSWERS).body();

        assertThat(page).contains("href=\"/check/summary.pdf?region=lumbar&amp;age=68");
        assertThat(page).contains("<form method=\"post\" action=\"/summaries\">");
        assertThat(page).contains("<input type=\"hidden\" name=\"compare\" value=\"decompression-surgery\">");
        assertThat(page).contains("<input type=\"hidden\" name=\"sure-2\" value=\"0\">");
    }

    @Test
    void warningSignsLeadTheSummaryWithTheirAdviceAndAQuestion() {
        String page =
                app.get("/check/summary?" + SummaryExamples.URGENT_ANSWERS).body();

        assertThat(page).contains("See a doctor today or within 1 to 2 days");
        assertThat(page).contains("Fever or chills along with your back or neck pain");
        assertThat(page).contains("Some of my answers were warning signs");
    }

    @Test
    void answersThatCannotMakeASummaryGoBackToTheLastQuestionStep() {
        HttpResponse<String> withoutSure =
                app.get("/check/summary?" + SummaryExamples.ANSWERS.replace("&sure-4=1", ""));
        HttpResponse<String> oneOption = app.get("/check/summary?"
                + SummaryExamples.ANSWERS.replace(
                        "&compare=epidural-steroid-injection&compare=decompression-surgery", ""));
        HttpResponse<String> emergency =
                app.get("/check/summary.pdf?" + SummaryExamples.ANSWERS + "&warningSigns=saddle-numbness");

        for (HttpResponse<String> response : List.of(withoutSure, oneOption, emergency)) {
            assertThat(response.statusCode()).isEqualTo(303);
            assertThat(response.headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).startsWith("/check/sure?"));
        }
    }

    @Test
    void thePdfIsADownloadWhoseTextHoldsTheTriageResultAndTheComparedOptions() throws Exception {
        HttpResponse<byte[]> response = HTTP.send(
                HttpRequest.newBuilder(app.uri("/check/summary.pdf?" + SummaryExamples.URGENT_ANSWERS))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"spinechoice-summary.pdf\"");
        assertThat(new String(response.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = SummaryExamples.pdfText(response.body());
        assertThat(text)
                .contains("See a doctor today or within 1 to 2 days")
                .contains("Physical therapy and supervised exercise")
                .contains("Epidural steroid injection")
                .contains("Decompression surgery")
                .contains("38 out of 100")
                .contains("Questions to ask your doctor");
    }

    @Test
    void thePdfIsTaggedForScreenReadersAndEmbedsEveryFont() throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HTTP.send(
                HttpRequest.newBuilder(app.uri("/check/summary.pdf?" + SummaryExamples.ANSWERS))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());

        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(pdf.getDocumentInformation().getTitle()).startsWith("Summary for your doctor");
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
    }
}
