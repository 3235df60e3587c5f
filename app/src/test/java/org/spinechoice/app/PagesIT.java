package org.spinechoice.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every public page answers with HTML, its key content, the disclaimer and the security headers. */
class PagesIT {

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start(DatabaseKind.H2);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /                                     | Spinal stenosis: know your options
            /stenosis                             | What is spinal stenosis?
            /options                              | Treatment options for spinal stenosis
            /options/prolotherapy                 | Prolotherapy
            /options/epidural-steroid-injection   | Possible benefits
            /options/decompression-surgery        | Possible harms
            """)
    void publicPagesRenderWithTheirHeading(String path, String expectedText) {
        HttpResponse<String> response = app.get(path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
        assertThat(response.body()).contains(expectedText);
        assertThat(response.body()).contains("It is not a diagnosis and not a recommendation.");
    }

    @Test
    void optionsPageListsAllFourteenOptionsWithCertaintyBadges() {
        String body = app.get("/options").body();

        assertThat(body.split("<li class=\"option\">", -1)).hasSize(15);
        assertThat(body).contains("href=\"/options/prolotherapy\"", "href=\"/options/cervical-surgery\"");
        assertThat(body).contains("Very low certainty", "Moderate certainty");
    }

    @Test
    void prolotherapyPageShowsTheNinetyPercentClaimAsAClaimWithItsEvidence() {
        String body = app.get("/options/prolotherapy").body();

        assertThat(body).contains("Claims you may hear", "The claimed figure: 89 of 100 people");
        assertThat(body).containsIgnoringCase("case series");
        assertThat(body).contains("Possible benefits", "Possible harms", "Sources");
        assertThat(body).contains("NCT01934868");
    }

    @Test
    void naturalFrequenciesAreDrawnAsIconArraysWithATextEquivalent() {
        String body = app.get("/options/epidural-steroid-injection").body();

        assertThat(body).contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"icon-array\"");
        assertThat(body).contains("role=\"img\"", "of 100 people");
        assertThat(body).contains("<figcaption>");
    }

    @Test
    void unconfirmedFiguresCarryAnUnderReviewNote() {
        assertThat(app.get("/options/epidural-steroid-injection").body()).contains("Figure under review");
    }

    @Test
    void unknownOptionPageIsAFriendly404WithoutInternals() {
        HttpResponse<String> response = app.get("/options/miracle-cure");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
        assertThat(response.body()).contains("Page not found").doesNotContain("Exception", "at org.");
    }

    @Test
    void unknownAddressIs404() {
        assertThat(app.get("/no/such/page").statusCode()).isEqualTo(404);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        HttpResponse<String> response = app.get("/options/prolotherapy");

        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(policy -> assertThat(policy)
                        .contains(
                                "default-src 'self'",
                                "script-src 'self'",
                                "style-src 'self'",
                                "frame-ancestors 'none'"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }

    @Test
    void stylesheetAndIllustrationAreServedLocally() {
        assertThat(app.get("/static/app.css").statusCode()).isEqualTo(200);
        HttpResponse<String> svg = app.get("/static/img/spine-stenosis.svg");
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.body()).contains("<title");
    }

    @Test
    void pagesMakeNoThirdPartyRequests() {
        for (String path : new String[] {"/", "/stenosis", "/options", "/options/prolotherapy"}) {
            String body = app.get(path).body();
            assertThat(body)
                    .as(path)
                    .doesNotContainPattern("src=\"(https?:)?//")
                    .doesNotContainPattern("<link[^>]+href=\"(https?:)?//")
                    .doesNotContain("<script");
        }
    }
}
