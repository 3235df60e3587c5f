package org.spinechoice.app.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.spinechoice.app.DatabaseKind;
import org.spinechoice.app.TestApp;

/**
 * Saved summaries on both databases: the link opens the summary until it is deleted or expires, the code carries 256
 * random bits and only its hash is stored, and posts from other sites are refused.
 */
class SavedSummaryIT {

    private static final Instant START = Instant.parse("2026-03-02T09:30:00Z");

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aSavedLinkShowsTheSummaryUntilItsHolderDeletesIt(DatabaseKind database) {
        try (TestApp app = TestApp.start(database)) {
            String link = save(app);

            HttpResponse<String> justSaved = app.get(link + "?saved");
            assertThat(justSaved.statusCode()).isEqualTo(200);
            assertThat(justSaved.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(justSaved.body())
                    .contains("Your summary is saved.")
                    .contains("http://localhost:" + app.port() + link)
                    .contains("Epidural steroid injection")
                    .contains("38 out of 100");
            HttpResponse<String> later = app.get(link);
            assertThat(later.statusCode()).isEqualTo(200);
            assertThat(later.body()).doesNotContain("Your summary is saved.").contains("will be deleted on");
            assertThat(app.get(link + "/pdf").body()).startsWith("%PDF-");

            HttpResponse<String> deleted = app.send(sameOriginPost(app, link + "/delete", ""));
            assertThat(deleted.statusCode()).isEqualTo(200);
            assertThat(deleted.body()).contains("Your summary is deleted");

            assertThat(app.get(link).statusCode()).isEqualTo(404);
            assertThat(app.get(link + "/pdf").statusCode()).isEqualTo(404);
            assertThat(app.send(sameOriginPost(app, link + "/delete", "")).statusCode())
                    .isEqualTo(404);
            assertThat(rows(app)).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aSummaryExpiresAfterTheConfiguredDaysAndIsThenDeleted(DatabaseKind database) {
        SummaryExamples.MovableClock clock = new SummaryExamples.MovableClock(START);
        try (TestApp app = TestApp.start(database, clock)) {
            String link = save(app);
            assertThat(app.get(link).body()).contains("Made on 2 March 2026.").contains("deleted on 31 May 2026");

            clock.advance(Duration.ofDays(90).minusMinutes(1));
            assertThat(app.get(link).statusCode()).isEqualTo(200);

            clock.advance(Duration.ofMinutes(1));
            HttpResponse<String> expired = app.get(link);
            assertThat(expired.statusCode()).isEqualTo(404);
            assertThat(expired.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(expired.body()).contains("There is no saved summary at this address");
            assertThat(rows(app)).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void savingPurgesEveryExpiredSummary(DatabaseKind database) {
        SummaryExamples.MovableClock clock = new SummaryExamples.MovableClock(START);
        try (TestApp app = TestApp.start(database, clock)) {
            save(app);
            save(app);
            clock.advance(Duration.ofDays(91));

            String fresh = save(app);

            assertThat(rows(app)).isEqualTo(1);
            assertThat(app.get(fresh).statusCode()).isEqualTo(200);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theCodeCarries256RandomBitsAndOnlyItsHashIsStored(DatabaseKind database) throws Exception {
        try (TestApp app = TestApp.start(database)) {
            String code = save(app).substring("/summaries/".length());
            String other = save(app).substring("/summaries/".length());

            assertThat(code).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(other);
            assertThat(Base64.getUrlDecoder().decode(code)).hasSize(32);
            String hash = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.US_ASCII)));
            List<Map<String, Object>> stored = app.running()
                    .database()
                    .jdbi()
                    .withHandle(handle -> handle.createQuery("SELECT * FROM saved_summary")
                            .mapToMap()
                            .list());
            assertThat(stored).hasSize(2);
            assertThat(stored)
                    .anySatisfy(row -> assertThat(row.get("code_hash")).isEqualTo(hash));
            assertThat(stored.toString()).doesNotContain(code).doesNotContain(other);
            assertThat(stored)
                    .allSatisfy(row -> assertThat(row.get("answers").toString()).startsWith("region=lumbar&age=68"));
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void unknownAndMalformedCodesAreNotFound(DatabaseKind database) {
        try (TestApp app = TestApp.start(database)) {
            assertThat(app.get("/summaries/" + "A".repeat(43)).statusCode()).isEqualTo(404);
            assertThat(app.get("/summaries/not-a-code").statusCode()).isEqualTo(404);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void postsFromAnotherSiteAreRefused(DatabaseKind database) {
        try (TestApp app = TestApp.start(database)) {
            String link = save(app);
            List<HttpRequest.Builder> crossSite = List.of(
                    post(app, "/summaries", SummaryExamples.ANSWERS).header("Sec-Fetch-Site", "cross-site"),
                    post(app, "/summaries", SummaryExamples.ANSWERS).header("Origin", "https://evil.example"),
                    post(app, "/summaries", SummaryExamples.ANSWERS),
                    post(app, link + "/delete", "").header("Sec-Fetch-Site", "same-site"),
                    post(app, link + "/delete", "").header("Origin", "null"));

            for (HttpRequest.Builder request : crossSite) {
                assertThat(app.send(request.build()).statusCode()).isEqualTo(403);
            }
            assertThat(rows(app)).isEqualTo(1);
            assertThat(app.get(link).statusCode()).isEqualTo(200);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aBrowserWithoutFetchMetadataMayPostFromTheSameOrigin(DatabaseKind database) {
        try (TestApp app = TestApp.start(database)) {
            HttpResponse<String> response = app.send(post(app, "/summaries", SummaryExamples.ANSWERS)
                    .header("Origin", "http://localhost:" + app.port())
                    .build());

            assertThat(response.statusCode()).isEqualTo(303);
            assertThat(rows(app)).isEqualTo(1);
        }
    }

    /** Saves the example answers as the summary page's form would, and returns the link's path. */
    private static String save(TestApp app) {
        HttpResponse<String> response = app.send(sameOriginPost(app, "/summaries", SummaryExamples.ANSWERS));
        assertThat(response.statusCode()).isEqualTo(303);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/summaries/").endsWith("?saved");
        return location.substring(0, location.length() - "?saved".length());
    }

    private static HttpRequest sameOriginPost(TestApp app, String path, String form) {
        return post(app, path, form).header("Sec-Fetch-Site", "same-origin").build();
    }

    private static HttpRequest.Builder post(TestApp app, String path, String form) {
        return HttpRequest.newBuilder(app.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
    }

    private static int rows(TestApp app) {
        return app.running()
                .database()
                .jdbi()
                .withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM saved_summary")
                        .mapTo(Integer.class)
                        .one());
    }
}
