package org.spinechoice.app.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A streamed answer that fails half-way never ends as if complete: cut off once its body has begun to leave the server,
 * cleared and answered as a failure while the server still holds it.
 */
class StreamedResponsesIT {

    private static final byte[] LINE = "a row of an export that fails half-way\n".getBytes(StandardCharsets.UTF_8);
    private static final HttpClient HTTP_1_1 =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static Javalin server;

    @BeforeAll
    static void start() {
        server = Javalin.create(config -> {
                    config.startup.showJavalinBanner = false;
                    config.routes.get("/rows/{count}/{ending}", ctx -> {
                        int count = Integer.parseInt(ctx.pathParam("count"));
                        ctx.contentType("text/plain").header("Content-Disposition", "attachment");
                        OutputStream body = ctx.outputStream();
                        for (int i = 0; i < count; i++) {
                            body.write(LINE);
                        }
                        if (ctx.pathParam("ending").equals("fails")) {
                            StreamedResponses.failed(ctx, new IllegalStateException("the database went away"));
                        }
                    });
                    config.routes.exception(
                            IllegalStateException.class,
                            (e, ctx) -> ctx.status(500).result("failed"));
                })
                .start(0);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void anAnswerThatFailsOnceItsBodyBeganToLeaveIsCutOff() {
        // 390 kB: far more than the server's 32 kB buffer, so the first chunks have left when it fails.
        assertThatThrownBy(() -> get(10_000, "fails")).isInstanceOf(IOException.class);
    }

    @Test
    void anAnswerThatFailsWhileItsBodyIsStillHeldIsClearedAndAnsweredAsAFailure() throws Exception {
        HttpResponse<String> failed = get(10, "fails");

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.body()).isEqualTo("failed");
        assertThat(failed.headers().firstValue("Content-Disposition")).isEmpty();
        assertThat(failed.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @ParameterizedTest(name = "{0} rows")
    @ValueSource(ints = {10_000, 10})
    void theSameAnswerWithoutAFailureArrivesWhole(int rows) throws Exception {
        HttpResponse<String> whole = get(rows, "ends");

        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).hasSize(rows * LINE.length);
    }

    private static HttpResponse<String> get(int rows, String ending) throws Exception {
        return HTTP_1_1.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/rows/" + rows + "/" + ending))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
