package org.spinechoice.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.spinechoice.app.platform.AppConfig;

/**
 * The real application started on a random port for a test, on a fresh embedded H2 database in a temporary folder
 * or on a fresh PostgreSQL database, with the evidence base read from the repository's {@code knowledge/} folder.
 */
public final class TestApp implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final RunningApp app;

    private TestApp(RunningApp app) {
        this.app = app;
    }

    public static TestApp start(DatabaseKind database) {
        return start(database, Clock.systemDefaultZone());
    }

    public static TestApp start(DatabaseKind database, Clock clock) {
        return new TestApp(Wiring.start(config(database), clock));
    }

    public static AppConfig config(DatabaseKind database) {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("spinechoice-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Optional<Path> knowledge = Optional.of(knowledgeFolder());
        return switch (database) {
            case H2 -> new AppConfig(0, dataDir, Optional.empty(), "", "", knowledge, AppConfig.DEFAULT_SUMMARY_DAYS);
            case POSTGRESQL ->
                new AppConfig(
                        0,
                        dataDir,
                        Optional.of(TestPostgres.freshDatabase()),
                        "postgres",
                        "postgres",
                        knowledge,
                        AppConfig.DEFAULT_SUMMARY_DAYS);
        };
    }

    /** The repository's evidence folder, as set by the build, or found from the working directory. */
    public static Path knowledgeFolder() {
        String configured = System.getProperty("spinechoice.knowledge.dir");
        Path folder = configured != null ? Path.of(configured) : Path.of("..", "knowledge");
        return folder.toAbsolutePath().normalize();
    }

    public int port() {
        return app.port();
    }

    public RunningApp running() {
        return app;
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + app.port() + path);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    public HttpResponse<String> get(String path, String accept) {
        return send(
                HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET().build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        app.close();
    }
}
