package org.spinechoice.app.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.spinechoice.app.DatabaseKind;

/**
 * A large export: 20,000 responses arrive in chunks with no length stated in advance, every row once and in order.
 * That the rows are written while they are read (a cursor, nothing held whole) is the repository's and the service's
 * design; HTTP alone cannot show it. Speed and memory belong in bench/, never in timed tests.
 */
class ExportStreamingIT {

    private static final int PATIENTS = 100;
    private static final int RESPONSES_EACH = 200;
    private static final int RESPONSES = PATIENTS * RESPONSES_EACH;
    private static final ObjectMapper JSON = new ObjectMapper();

    // HTTP/1.1 asked for outright, so that the framing is chunked transfer coding, which the test can see.
    private static final HttpClient HTTP_1_1 =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @AfterAll
    static void stop() {
        RunningApps.stopAll();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void twentyThousandResponsesArriveChunkedEachOnceInOrder(DatabaseKind database) throws Exception {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        insertResponses(clinic);

        HttpResponse<Stream<String>> csv = stream(clinic, ExportedFile.CSV);
        long csvLines;
        try (Stream<String> lines = csv.body()) {
            csvLines = lines.count();
        }
        HttpResponse<Stream<String>> jsonLines = stream(clinic, ExportedFile.JSON_LINES);
        List<JsonNode> rows = new ArrayList<>();
        try (Stream<String> lines = jsonLines.body()) {
            lines.forEach(line -> rows.add(parse(line)));
        }

        for (HttpResponse<Stream<String>> export : List.of(csv, jsonLines)) {
            assertThat(export.statusCode()).isEqualTo(200);
            assertThat(export.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
            assertThat(export.headers().firstValue("Content-Length")).isEmpty();
        }
        assertThat(csvLines).isEqualTo(RESPONSES + 1);
        assertThat(rows).hasSize(RESPONSES);
        assertEachPatientTogetherInDateOrder(rows);
    }

    /** Each patient's rows come together (ordered by patient), and within them oldest first. */
    private static void assertEachPatientTogetherInDateOrder(List<JsonNode> rows) {
        Set<String> finished = new HashSet<>();
        String current = null;
        LocalDate previous = null;
        for (JsonNode row : rows) {
            String patient = row.get("patientPseudonym").asText();
            LocalDate takenOn = LocalDate.parse(row.get("takenOn").asText());
            if (!patient.equals(current)) {
                assertThat(finished.add(patient))
                        .as("rows of " + patient + " together")
                        .isTrue();
                current = patient;
            } else {
                assertThat(takenOn).as("date order of " + patient).isAfterOrEqualTo(previous);
            }
            previous = takenOn;
        }
        assertThat(finished).hasSize(PATIENTS);
    }

    private static HttpResponse<Stream<String>> stream(TestClinic clinic, String path) throws Exception {
        return HTTP_1_1.send(
                HttpRequest.newBuilder(clinic.app.uri(path))
                        .header("Authorization", "Bearer " + clinic.admin().token())
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofLines());
    }

    /** Patients and scored pain ratings straight into the tables in JDBC batches: the API would take minutes. */
    private static void insertResponses(TestClinic clinic) {
        LocalDateTime now = LocalDateTime.now();
        clinic.jdbi().useTransaction(handle -> {
            PreparedBatch patients = handle.prepareBatch("INSERT INTO patient (id, clinic_id, display_name, "
                    + "birth_year, sex, created_at) VALUES (:id, :clinic, :name, 1950, 'female', :now)");
            PreparedBatch responses = handle.prepareBatch("INSERT INTO prom_response (id, clinic_id, patient_id, "
                    + "instrument, taken_on, timepoint, outside_window, answers, score, questionnaire_version, source, "
                    + "created_at) VALUES (:id, :clinic, :patient, 'nrs-leg', :takenOn, 'other', FALSE, :answers, "
                    + ":score, 'spinechoice-1', 'api', :now)");
            for (int p = 0; p < PATIENTS; p++) {
                String patient = UUID.randomUUID().toString();
                patients.bind("id", patient)
                        .bind("clinic", clinic.id)
                        .bind("name", "Patient " + p)
                        .bind("now", now)
                        .add();
                for (int r = 0; r < RESPONSES_EACH; r++) {
                    int pain = (p + r) % 11;
                    responses
                            .bind("id", UUID.randomUUID().toString())
                            .bind("clinic", clinic.id)
                            .bind("patient", patient)
                            // Dates out of order on purpose, so that the export's ordering shows.
                            .bind("takenOn", LocalDate.parse("2026-01-01").plusDays((r * 37L) % RESPONSES_EACH))
                            .bind("answers", "{\"nrs\": " + pain + "}")
                            .bind("score", pain)
                            .bind("now", now)
                            .add();
                }
            }
            patients.execute();
            responses.execute();
        });
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
