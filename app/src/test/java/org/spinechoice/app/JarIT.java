package org.spinechoice.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinechoice.app.evidence.KnowledgeBaseTestSupport;

/** The packaged jar, run as a user runs it: it serves, documents itself, and refuses broken evidence. */
class JarIT {

    private static final Path JAR = Path.of("target", "spinechoice.jar").toAbsolutePath();
    private static final Pattern RUNNING = Pattern.compile("SpineChoice is running at (http://localhost:\\d+/)");

    @Test
    void servesOnTheGivenPortWithItsEmbeddedDatabase(@TempDir Path dataDir) throws Exception {
        Process process = java(dataDir, null, "--port", "0");
        try {
            String baseUrl = awaitRunning(process);
            HttpResponse<String> health = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(baseUrl + "health"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(dataDir.resolve("spinechoice.mv.db")).exists();
        } finally {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void helpDocumentsTheCommandsAndEveryVariable(@TempDir Path dataDir) throws Exception {
        Process process = java(dataDir, null, "--help");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).isZero();
        assertThat(output)
                .contains("serve", "SERVER_PORT", "SPINECHOICE_DATA_DIR", "SPINECHOICE_DB_URL", "SPINECHOICE_DB_USER")
                .contains("SPINECHOICE_DB_PASSWORD", "SPINECHOICE_KNOWLEDGE_DIR", "SPINECHOICE_SUMMARY_DAYS");
    }

    @Test
    void refusesToStartOnABrokenEvidenceFileAndNamesFileAndField(@TempDir Path dataDir, @TempDir Path knowledge)
            throws Exception {
        KnowledgeBaseTestSupport.copyKnowledge(knowledge);
        Path prolotherapy = knowledge.resolve("options/prolotherapy.yaml");
        Files.writeString(
                prolotherapy,
                Files.readString(prolotherapy).replaceFirst("(?m)^  direction: .*$", "  direction: miraculous"));

        Process process = java(dataDir, knowledge, "serve", "--port", "0");
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(errors).contains("options/prolotherapy.yaml: headline.direction: unknown value 'miraculous'");
        assertThat(errors).contains("did not start");
    }

    private static Process java(Path dataDir, Path knowledge, String... args) throws IOException {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String[] command = new String[args.length + 3];
        command[0] = javaBin;
        command[1] = "-jar";
        command[2] = JAR.toString();
        System.arraycopy(args, 0, command, 3, args.length);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("SPINECHOICE_DATA_DIR", dataDir.toString());
        builder.environment().remove("SPINECHOICE_DB_URL");
        builder.environment().remove("SERVER_PORT");
        if (knowledge != null) {
            builder.environment().put("SPINECHOICE_KNOWLEDGE_DIR", knowledge.toString());
        }
        return builder.start();
    }

    private static String awaitRunning(Process process) throws IOException {
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher running = RUNNING.matcher(line);
            if (running.find()) {
                return running.group(1);
            }
        }
        throw new AssertionError("the app exited without saying it was running");
    }
}
