package org.spinechoice.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar spinechoice.jar triage FILE|-}: the triage as JSON, run as a user runs it, with no database. */
class TriageCommandIT {

    private static final Path JAR = Path.of("target", "spinechoice.jar").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROUTINE_INTAKE = """
            {"region": "lumbar", "age": 68, "symptoms": ["back-pain", "walking-leg-symptoms"]}
            """;

    @TempDir
    Path folder;

    @Test
    void triagesAnIntakeFileAndPrintsTheResultAsJson() throws Exception {
        Path intake = Files.writeString(folder.resolve("intake.json"), ROUTINE_INTAKE);

        Run run = triage(null, intake.toString());

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        JsonNode triage = JSON.readTree(run.stdout());
        assertThat(triage.get("urgency").asText()).isEqualTo("ROUTINE");
        assertThat(triage.get("disclaimer").asText()).isNotBlank();
    }

    @Test
    void readsTheIntakeFromStandardInputGivenADash() throws Exception {
        Run run = triage("{\"region\": \"lumbar\", \"age\": 60, \"warningSigns\": [\"saddle-numbness\"]}", "-");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        JsonNode triage = JSON.readTree(run.stdout());
        assertThat(triage.get("urgency").asText()).isEqualTo("EMERGENCY");
        assertThat(triage.get("findings").get(0).get("rule").asText()).isEqualTo("cauda-equina");
    }

    @Test
    void aBadIntakeExitsWithTwoAndPrintsTheProblemDocument() throws Exception {
        Path intake = Files.writeString(
                folder.resolve("bad.json"),
                "{\"region\": \"Lumbar\", \"age\": 68.5, \"warningSigns\": [\"fever\", \"iv-drug-use\", \"fevr\"]}");

        Run run = triage(null, intake.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        JsonNode problem = JSON.readTree(run.stdout());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("region", "age", "warningSigns[2]");
        assertThat(problem.get("triage").get("urgency").asText()).isEqualTo("EMERGENCY");
        assertThat(problem.get("triage").get("findings").get(0).get("rule").asText())
                .isEqualTo("spinal-infection");
    }

    @Test
    void invalidJsonExitsWithTwo() throws Exception {
        Run run = triage("{\"region\": \"lumbar\", \"age\": 68", "-");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(JSON.readTree(run.stdout()).get("status").asInt()).isEqualTo(400);
    }

    @Test
    void aMissingFileExitsWithTwoAndSaysSo() throws Exception {
        Path missing = folder.resolve("no-such-intake.json");

        Run run = triage(null, missing.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("No such file", "no-such-intake.json");
        assertThat(run.stdout()).isEmpty();
    }

    @Test
    void leavesNoDataFolderOrDatabaseBehind() throws Exception {
        Path intake = Files.writeString(folder.resolve("intake.json"), ROUTINE_INTAKE);

        Run fromFile = triage(null, intake.toString());
        Run fromStdin = triage(ROUTINE_INTAKE, "-");

        assertThat(fromFile.exitCode()).isZero();
        assertThat(fromStdin.exitCode()).isZero();
        assertThat(dataDir()).doesNotExist();
        assertThat(workingDir().resolve("data")).doesNotExist();
        try (Stream<Path> files = Files.walk(folder)) {
            assertThat(files.map(Path::toString)).noneMatch(name -> name.endsWith(".mv.db"));
        }
    }

    private Run triage(String stdin, String file) throws IOException, InterruptedException {
        Files.createDirectories(workingDir());
        Path out = folder.resolve("stdout.txt");
        Path err = folder.resolve("stderr.txt");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(javaBin, "-jar", JAR.toString(), "triage", file)
                .directory(workingDir().toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().put("SPINECHOICE_DATA_DIR", dataDir().toString());
        builder.environment().remove("SPINECHOICE_DB_URL");
        builder.environment().remove("SERVER_PORT");
        Process process = builder.start();
        try (OutputStream input = process.getOutputStream()) {
            if (stdin != null) {
                input.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("triage did not finish within 60 seconds");
        }
        return new Run(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private Path dataDir() {
        return folder.resolve("data-must-not-exist");
    }

    private Path workingDir() {
        return folder.resolve("work");
    }

    private record Run(int exitCode, String stdout, String stderr) {}
}
