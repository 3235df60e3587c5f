package org.spinechoice.app.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.spinechoice.app.DatabaseKind;
import org.spinechoice.app.TestApp;

/**
 * The clinic-admin's export of every stored questionnaire response, as CSV and as JSON lines, on both databases: the
 * stored values exactly, only the caller's clinic, patients by a stable keyed pseudonym, one audit entry per export.
 */
class ExportPromResponsesIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<String> FIELDS = List.of(
            "patientPseudonym",
            "courseId",
            "courseOptionId",
            "courseRegion",
            "timepoint",
            "outsideWindow",
            "takenOn",
            "instrument",
            "score",
            "scorePercent",
            "band",
            "symptomSeverity",
            "physicalFunction",
            "satisfaction",
            "questionnaireVersion",
            "source");

    /** Imported wording versions a spreadsheet would trip over: a formula with quotes and a comma, a line break. */
    private static final String FORMULA_VERSION = "=HYPERLINK(\"https://evil.example\",\"Click, here\")";

    private static final String MULTILINE_VERSION = "ndi \"licensed\", v2\nsecond line";
    private static final String AT_VERSION = "@SUM(1+1)";

    private static final String ODI_ANSWERS = """
            {"odi-1": 3, "odi-2": 1, "odi-3": 2, "odi-4": 2, "odi-5": 2, "odi-6": 2, "odi-7": 2, "odi-9": 1, "odi-10": 1}""";

    @AfterAll
    static void stop() {
        RunningApps.stopAll();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void bothFormatsHoldExactlyTheClinicsStoredResponses(DatabaseKind database) throws Exception {
        TestApp app = RunningApps.on(database);
        TestClinic clinic = TestClinic.in(app);
        TestClinic other = TestClinic.in(app);
        recordVariedResponses(clinic);
        String theirs = other.patient("Their Patient");
        other.post("/api/clinic/patients/" + theirs + "/prom-responses", odi("2026-03-01", ""));

        HttpResponse<String> csv = ExportedFile.download(clinic, clinic.admin(), ExportedFile.CSV);
        HttpResponse<String> lines = ExportedFile.download(clinic, clinic.admin(), ExportedFile.JSON_LINES);
        HttpResponse<String> theirCsv = ExportedFile.download(other, other.admin(), ExportedFile.CSV);

        List<Map<String, Object>> expected = storedRows(clinic);
        assertThat(expected).hasSize(6);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith(String.join(",", FIELDS) + "\r\n");
        List<List<String>> records = ExportedFile.csvRecords(csv.body());
        assertThat(records).hasSize(expected.size() + 1);
        for (int i = 0; i < expected.size(); i++) {
            assertCsvRecord(records.get(i + 1), expected.get(i));
        }
        assertThat(lines.statusCode()).isEqualTo(200);
        assertThat(lines.body()).endsWith("}\n");
        List<String> jsonLines = lines.body().lines().toList();
        assertThat(jsonLines).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertJsonLine(JSON.readTree(jsonLines.get(i)), expected.get(i));
        }
        assertThat(ExportedFile.csvRecords(theirCsv.body())).hasSize(2);
        assertThat(theirCsv.body())
                .contains(ExportedFile.pseudonym(other, theirs))
                .doesNotContain(FORMULA_VERSION);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void textIsQuotedAndNeverAFormulaInCsvAndAsStoredInJson(DatabaseKind database) throws Exception {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        recordVariedResponses(clinic);

        String csv =
                ExportedFile.download(clinic, clinic.admin(), ExportedFile.CSV).body();
        String lines = ExportedFile.download(clinic, clinic.admin(), ExportedFile.JSON_LINES)
                .body();

        assertThat(csv)
                .contains(",\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"Click, here\"\")\",api\r\n")
                .contains(",\"ndi \"\"licensed\"\", v2\nsecond line\",api\r\n")
                .contains(",'@SUM(1+1),api\r\n")
                .contains(",odi,35.6,,moderate,,,,")
                .doesNotContain(",'35.6")
                .doesNotContain(",35.60,");
        List<JsonNode> rows = new ArrayList<>();
        for (String line : lines.lines().toList()) {
            rows.add(JSON.readTree(line));
        }
        assertThat(rows)
                .extracting(row -> row.get("questionnaireVersion").asText())
                .contains(FORMULA_VERSION, MULTILINE_VERSION, AT_VERSION);
        JsonNode zcq = rows.stream()
                .filter(row -> row.get("instrument").asText().equals("zcq"))
                .findFirst()
                .orElseThrow();
        assertThat(zcq.get("score").isNull()).isTrue();
        assertThat(zcq.get("symptomSeverity").isNumber()).isTrue();
        assertThat(zcq.get("symptomSeverity").decimalValue()).isEqualByComparingTo("3.14");
        assertThat(zcq.get("physicalFunction").toString()).isEqualTo("2.4");
        assertThat(zcq.get("satisfaction").isNull()).isTrue();
        assertThat(zcq.get("courseId").isNull()).isTrue();
        assertThat(zcq.get("outsideWindow").isBoolean()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aPatientKeepsOneKeyedPseudonymThatShowsNeitherTheirIdNorTheirName(DatabaseKind database) {
        TestApp app = RunningApps.on(database);
        TestClinic clinic = TestClinic.in(app);
        TestClinic other = TestClinic.in(app);
        Reply maria = clinic.post("/api/clinic/patients", """
                {"displayName": "Maria Keller", "birthYear": 1956, "sex": "female", "reference": "MRN-4711"}""");
        String anna = clinic.patient("Anna Berg");
        clinic.post("/api/clinic/patients/" + maria.id() + "/prom-responses", odi("2026-03-01", ""));
        clinic.post("/api/clinic/patients/" + maria.id() + "/prom-responses", odi("2026-04-01", ""));
        clinic.post("/api/clinic/patients/" + anna + "/prom-responses", odi("2026-03-01", ""));
        other.post("/api/clinic/patients/" + other.patient("Their Patient") + "/prom-responses", odi("2026-03-01", ""));

        String first =
                ExportedFile.download(clinic, clinic.admin(), ExportedFile.CSV).body();
        String second =
                ExportedFile.download(clinic, clinic.admin(), ExportedFile.CSV).body();
        String lines = ExportedFile.download(clinic, clinic.admin(), ExportedFile.JSON_LINES)
                .body();
        ExportedFile.download(other, other.admin(), ExportedFile.CSV);

        String mariasPseudonym = ExportedFile.pseudonym(clinic, maria.id());
        assertThat(mariasPseudonym).matches("P-[0-9a-f]{16}").isNotEqualTo(ExportedFile.pseudonym(clinic, anna));
        assertThat(ExportedFile.csvRecords(first).subList(1, 4))
                .extracting(record -> record.get(0))
                .containsOnly(mariasPseudonym, ExportedFile.pseudonym(clinic, anna))
                .contains(mariasPseudonym);
        assertThat(second).isEqualTo(first);
        assertThat(lines).contains("\"patientPseudonym\":\"" + mariasPseudonym + "\"");
        for (String file : List.of(first, lines)) {
            assertThat(file)
                    .doesNotContain(maria.id())
                    .doesNotContain(anna)
                    .doesNotContain("Maria")
                    .doesNotContain("Keller")
                    .doesNotContain("MRN-4711");
        }
        assertThat(mariasPseudonym).doesNotContain(maria.id().substring(0, 8));
        assertThat(ExportedFile.pseudonymKeys(clinic)).isEqualTo(1);
        assertThat(ExportedFile.pseudonymKey(clinic)).isNotEqualTo(ExportedFile.pseudonymKey(other));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void eachExportIsOneAuditEntryThatNamesNoPatient(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        String patient = clinic.patient("Maria Keller");
        clinic.post("/api/clinic/patients/" + patient + "/prom-responses", odi("2026-03-01", ""));
        int before = clinic.audit().size();

        ExportedFile.download(clinic, clinic.admin(), ExportedFile.CSV);
        ExportedFile.download(clinic, clinic.admin(), ExportedFile.JSON_LINES);

        assertThat(clinic.auditAfter(before))
                .containsExactly("export prom-response export null", "export prom-response export null");
        assertThat(clinic.auditIntact()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aClinicianMayNotExportAndARefusalReadsNothing(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        clinic.post(
                "/api/clinic/patients/" + clinic.patient("Maria Keller") + "/prom-responses", odi("2026-03-01", ""));
        int before = clinic.audit().size();

        HttpResponse<String> csv = ExportedFile.download(clinic, clinic.clinician, ExportedFile.CSV);
        HttpResponse<String> lines = ExportedFile.download(clinic, clinic.clinician, ExportedFile.JSON_LINES);

        for (HttpResponse<String> refused : List.of(csv, lines)) {
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(refused.headers().firstValue("Content-Disposition")).isEmpty();
            assertThat(Reply.of(refused).json().get("detail").asText()).isEqualTo("Only a clinic admin may do this.");
        }
        assertThat(clinic.audit()).hasSize(before);
        assertThat(ExportedFile.pseudonymKeys(clinic)).isZero();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void anExportIsAFileToDownloadThatNoCacheKeeps(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        LocalDate before = LocalDate.now();

        HttpResponse<String> csv = ExportedFile.download(clinic, clinic.admin(), ExportedFile.CSV);
        HttpResponse<String> lines = ExportedFile.download(clinic, clinic.admin(), ExportedFile.JSON_LINES);

        List<String> names = List.of(before, LocalDate.now()).stream()
                .map(day -> "attachment; filename=\"spinechoice-prom-responses-" + clinic.id + "-" + day + ".")
                .toList();
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""))
                .isEqualToIgnoringCase("text/csv;charset=utf-8");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .isIn(names.stream().map(name -> name + "csv\"").toList());
        assertThat(lines.headers().firstValue("Content-Type")).hasValue("application/x-ndjson");
        assertThat(lines.headers().firstValue("Content-Disposition").orElseThrow())
                .isIn(names.stream().map(name -> name + "jsonl\"").toList());
        for (HttpResponse<String> file : List.of(csv, lines)) {
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
        assertThat(csv.body()).isEqualTo(String.join(",", FIELDS) + "\r\n");
        assertThat(lines.body()).isEmpty();
    }

    /**
     * Six responses of two patients: with a course (placed in and outside its window) and without, a total score with
     * a band, a percentage, subscales without a total, a clinician rating, and three awkward imported versions.
     */
    private static void recordVariedResponses(TestClinic clinic) {
        wording(clinic, "odi", FORMULA_VERSION);
        wording(clinic, "ndi", MULTILINE_VERSION);
        wording(clinic, "zcq", AT_VERSION);
        String maria = clinic.patient("Maria Keller");
        String anna = clinic.patient("Anna Berg");
        String course = ", \"courseId\": \"" + clinic.course(maria, "2026-03-02") + "\"";
        String marias = "/api/clinic/patients/" + maria + "/prom-responses";
        String annas = "/api/clinic/patients/" + anna + "/prom-responses";
        List<Reply> replies = List.of(
                clinic.post(
                        marias,
                        odi(
                                "2026-03-01",
                                course + ", \"questionnaireVersion\": \"=HYPERLINK(\\\"https://"
                                        + "evil.example\\\",\\\"Click, here\\\")\"")),
                clinic.post(marias, odi("2026-03-12", course + ", \"timepoint\": \"3m\"")),
                clinic.post(marias, """
                        {"instrument": "ndi", "takenOn": "2026-03-01", "questionnaireVersion": "ndi \\"licensed\\", v2\\nsecond line",
                         "answers": {"ndi-1": 2, "ndi-2": 1, "ndi-3": 2, "ndi-4": 1, "ndi-5": 2, "ndi-6": 1, "ndi-7": 2,
                         "ndi-8": 1, "ndi-9": 2, "ndi-10": 1}}"""),
                clinic.post(annas, """
                        {"instrument": "zcq", "takenOn": "2026-02-01", "questionnaireVersion": "@SUM(1+1)",
                         "answers": {"zcq-s1": 3, "zcq-s2": 4, "zcq-s3": 3, "zcq-s4": 2, "zcq-s5": 3, "zcq-s6": 4,
                         "zcq-s7": 3, "zcq-f1": 2, "zcq-f2": 3, "zcq-f3": 2, "zcq-f4": 3, "zcq-f5": 2}}"""),
                clinic.post(annas, """
                        {"instrument": "mjoa", "takenOn": "2026-02-01", "answers": {"mjoa-upper-motor": 4,
                         "mjoa-lower-motor": 5, "mjoa-upper-sensory": 2, "mjoa-bladder": 3}}"""),
                clinic.post(annas, """
                        {"instrument": "nrs-leg", "takenOn": "2026-01-15", "answers": {"nrs": 10}}"""));
        for (Reply reply : replies) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        }
    }

    private static void wording(TestClinic clinic, String instrument, String version) {
        clinic.jdbi()
                .useHandle(handle -> handle.createUpdate("INSERT INTO questionnaire_wording (id, clinic_id, "
                                + "instrument, version, resource, imported_at, active) VALUES (:id, :clinic, "
                                + ":instrument, :version, '{}', CURRENT_TIMESTAMP, TRUE)")
                        .bind("id", UUID.randomUUID().toString())
                        .bind("clinic", clinic.id)
                        .bind("instrument", instrument)
                        .bind("version", version)
                        .execute());
    }

    /**
     * The clinic's stored responses as the export must show them, read from the tables and joined and sorted here (by
     * patient id, date taken, id), apart from the export's own query.
     */
    private static List<Map<String, Object>> storedRows(TestClinic clinic) {
        Map<String, Map<String, Object>> courses = clinic.rowsOf("treatment_course").stream()
                .collect(Collectors.toMap(course -> (String) course.get("id"), course -> course));
        return clinic.rowsOf("prom_response").stream()
                .sorted(Comparator.<Map<String, Object>, String>comparing(row -> (String) row.get("patient_id"))
                        .thenComparing(row -> row.get("taken_on").toString())
                        .thenComparing(row -> (String) row.get("id")))
                .map(row -> {
                    Map<String, Object> course = courses.getOrDefault((String) row.get("course_id"), Map.of());
                    Map<String, Object> expected = new LinkedHashMap<>();
                    expected.put("patientPseudonym", ExportedFile.pseudonym(clinic, (String) row.get("patient_id")));
                    expected.put("courseId", row.get("course_id"));
                    expected.put("courseOptionId", course.get("option_id"));
                    expected.put("courseRegion", course.get("region"));
                    expected.put("timepoint", row.get("timepoint"));
                    expected.put("outsideWindow", row.get("outside_window"));
                    expected.put("takenOn", row.get("taken_on").toString());
                    expected.put("instrument", row.get("instrument"));
                    expected.put("score", row.get("score"));
                    expected.put("scorePercent", row.get("score_percent"));
                    expected.put("band", row.get("band"));
                    expected.put("symptomSeverity", row.get("symptom_severity"));
                    expected.put("physicalFunction", row.get("physical_function"));
                    expected.put("satisfaction", row.get("satisfaction"));
                    expected.put("questionnaireVersion", row.get("questionnaire_version"));
                    expected.put("source", row.get("source"));
                    return expected;
                })
                .toList();
    }

    private static void assertCsvRecord(List<String> record, Map<String, Object> expected) {
        assertThat(record).hasSize(FIELDS.size());
        for (int i = 0; i < FIELDS.size(); i++) {
            Object value = expected.get(FIELDS.get(i));
            String field = record.get(i);
            String where = FIELDS.get(i) + " of " + record;
            if (value == null) {
                assertThat(field).as(where).isEmpty();
            } else if (value instanceof BigDecimal number) {
                assertThat(new BigDecimal(field)).as(where).isEqualByComparingTo(number);
            } else if (value instanceof Boolean flag) {
                assertThat(field).as(where).isEqualTo(flag.toString());
            } else {
                String text = (String) value;
                boolean formula = "=+-@".indexOf(text.charAt(0)) >= 0;
                assertThat(field).as(where).isEqualTo(formula ? "'" + text : text);
            }
        }
    }

    private static void assertJsonLine(JsonNode line, Map<String, Object> expected) {
        assertThat(line.fieldNames()).toIterable().containsExactlyElementsOf(FIELDS);
        for (String name : FIELDS) {
            Object value = expected.get(name);
            JsonNode member = line.get(name);
            String where = name + " of " + line;
            if (value == null) {
                assertThat(member.isNull()).as(where).isTrue();
            } else if (value instanceof BigDecimal number) {
                assertThat(member.isNumber()).as(where).isTrue();
                assertThat(member.decimalValue()).as(where).isEqualByComparingTo(number);
            } else if (value instanceof Boolean flag) {
                assertThat(member.isBoolean()).as(where).isTrue();
                assertThat(member.booleanValue()).as(where).isEqualTo(flag);
            } else {
                assertThat(member.isTextual()).as(where).isTrue();
                assertThat(member.textValue()).as(where).isEqualTo(value);
            }
        }
    }

    private static String odi(String takenOn, String moreMembers) {
        return "{\"instrument\": \"odi\", \"takenOn\": \"" + takenOn + "\", \"answers\": " + ODI_ANSWERS + moreMembers
                + "}";
    }
}
