package org.spinechoice.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.spinechoice.app.access.AccountService;
import org.spinechoice.app.access.Passwords;
import org.spinechoice.app.audit.AuditVerifier;
import org.spinechoice.app.platform.AppConfig;
import org.spinechoice.app.platform.Database;
import org.spinechoice.app.platform.Secrets;
import picocli.CommandLine;

/** The {@code demo-data} command as an operator runs it, on the embedded H2 database and on PostgreSQL. */
class DemoDataCommandIT {

    private static final Pattern COUNTS = Pattern.compile("([\\d,]+) patients, ([\\d,]+) courses, ([\\d,]+) sessions, "
            + "([\\d,]+) adverse events, ([\\d,]+) questionnaire responses");

    private record Run(int exitCode, String out, String err) {}

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void loadsLabelledPatientsWithOneAuditEntryRefusesToLoadTwiceAndReplaces(DatabaseKind kind) {
        Map<String, String> env = env(kind);
        try (Database database = Database.open(AppConfig.fromEnvironment(env))) {
            new AccountService(database.jdbi(), new Passwords(), Secrets.strong(), Clock.systemUTC())
                    .createClinic("north", "North Spine");
            database.jdbi()
                    .useHandle(handle -> handle.execute("INSERT INTO patient (id, clinic_id, display_name, "
                            + "birth_year, sex, created_at) VALUES ('north-1', 'north', 'Ann North', 1950, 'female', "
                            + "CURRENT_TIMESTAMP)"));
        }

        Run first = demoData(env, "--patients", "300", "--seed", "3", "--today", "2026-11-25");
        Run again = demoData(env, "--patients", "300", "--seed", "3", "--today", "2026-11-25");

        assertThat(first.exitCode()).isZero();
        assertThat(first.err()).contains("100% 300/300 patients");
        assertThat(again.exitCode()).isEqualTo(DemoDataCommand.CLINIC_HAS_PATIENTS);
        assertThat(again.err()).contains("already has 300 patients").contains("--replace");
        try (Database database = Database.open(AppConfig.fromEnvironment(env))) {
            database.jdbi().useHandle(handle -> {
                assertThat(text(handle, "SELECT name FROM clinic WHERE id = 'demo'"))
                        .isEqualTo("Demo");
                assertThat(tableCounts(handle)).isEqualTo(printedCounts(first.out()));
                assertThat(count(
                                handle,
                                "SELECT COUNT(*) FROM patient WHERE clinic_id = 'demo' "
                                        + "AND display_name LIKE 'Demo patient 000%' AND reference = 'SYNTHETIC'"))
                        .isEqualTo(300);
                assertThat(
                                count(
                                        handle,
                                        "SELECT COUNT(*) FROM prom_response WHERE clinic_id = 'demo' AND "
                                                + "instrument = 'odi' AND (score IS NULL OR band IS NULL OR answers NOT LIKE '{\"odi-1\":%')"))
                        .as("ODI rows carry their score and band, and the answers as JSON")
                        .isZero();
                assertThat(count(
                                handle,
                                "SELECT COUNT(*) FROM prom_response WHERE clinic_id = 'demo' AND "
                                        + "instrument = 'zcq' AND (score IS NOT NULL OR symptom_severity IS NULL)"))
                        .isZero();
                assertThat(count(handle, "SELECT COUNT(*) FROM prom_response WHERE outside_window = TRUE"))
                        .isPositive();
                assertThat(count(
                                handle,
                                "SELECT COUNT(*) FROM course_outcome WHERE clinic_id = 'demo' AND instrument = 'odi'"
                                        + " AND baseline_value IS NOT NULL AND value_3m IS NOT NULL"))
                        .as("the outcome figures' course outcomes are rebuilt after the load")
                        .isPositive();
                assertThat(auditEntries(handle))
                        .containsExactly("create demo-data seed=3 patients=300 responses="
                                + printedCounts(first.out()).get(4));
            });
            // A link issued to a demo patient must not stop the replacement (patient_link refers to the patient).
            database.jdbi()
                    .useHandle(
                            handle -> handle.execute(
                                    "INSERT INTO patient_link (token_hash, clinic_id, "
                                            + "patient_id, created_at, expires_at) SELECT 'hash', clinic_id, id, CURRENT_TIMESTAMP, "
                                            + "CURRENT_TIMESTAMP FROM patient WHERE clinic_id = 'demo' AND display_name = 'Demo patient 000001'"));
        }

        Run replaced = demoData(env, "--patients", "200", "--seed", "4", "--today", "2026-11-25", "--replace");
        List<String> replacedIds = responseIds(env);
        Run sameAgain = demoData(env, "--patients", "200", "--seed", "4", "--today", "2026-11-25", "--replace");

        assertThat(replaced.exitCode()).isZero();
        assertThat(replaced.out()).contains("after deleting its 300 patients");
        assertThat(sameAgain.exitCode()).isZero();
        assertThat(responseIds(env))
                .as("the same seed and day give the same records")
                .isEqualTo(replacedIds);
        try (Database database = Database.open(AppConfig.fromEnvironment(env))) {
            database.jdbi().useHandle(handle -> {
                assertThat(tableCounts(handle)).isEqualTo(printedCounts(sameAgain.out()));
                assertThat(count(handle, "SELECT COUNT(*) FROM patient_link")).isZero();
                assertThat(count(handle, "SELECT COUNT(*) FROM patient WHERE clinic_id = 'north'"))
                        .isEqualTo(1);
                assertThat(count(handle, "SELECT COUNT(*) FROM course_outcome WHERE clinic_id = 'demo'"))
                        .isPositive();
                assertThat(auditEntries(handle))
                        .hasSize(3)
                        .element(2)
                        .asString()
                        .startsWith("replace demo-data " + "seed=4 patients=200 ");
            });
            assertThat(new AuditVerifier(database.jdbi()).verify().intact()).isTrue();
        }
    }

    private static Map<String, String> env(DatabaseKind kind) {
        Map<String, String> env = new HashMap<>();
        try {
            env.put(
                    "SPINECHOICE_DATA_DIR",
                    Files.createTempDirectory("spinechoice-demo-").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (kind == DatabaseKind.POSTGRESQL) {
            env.put("SPINECHOICE_DB_URL", TestPostgres.freshDatabase());
            env.put("SPINECHOICE_DB_USER", "postgres");
            env.put("SPINECHOICE_DB_PASSWORD", "postgres");
        }
        return env;
    }

    private static List<Long> tableCounts(Handle handle) {
        return List.of(
                count(handle, "SELECT COUNT(*) FROM patient WHERE clinic_id = 'demo'"),
                count(handle, "SELECT COUNT(*) FROM treatment_course WHERE clinic_id = 'demo'"),
                count(handle, "SELECT COUNT(*) FROM treatment_session WHERE clinic_id = 'demo'"),
                count(handle, "SELECT COUNT(*) FROM adverse_event WHERE clinic_id = 'demo'"),
                count(handle, "SELECT COUNT(*) FROM prom_response WHERE clinic_id = 'demo'"));
    }

    private static List<Long> printedCounts(String out) {
        Matcher matcher = COUNTS.matcher(out);
        assertThat(matcher.find()).as(out).isTrue();
        return List.of(1, 2, 3, 4, 5).stream()
                .map(group -> Long.parseLong(matcher.group(group).replace(",", "")))
                .toList();
    }

    private static List<String> auditEntries(Handle handle) {
        return handle.createQuery(
                        "SELECT action, entity, entity_id FROM audit_entry WHERE clinic_id = 'demo' " + "ORDER BY seq")
                .map((row, ctx) ->
                        row.getString("action") + " " + row.getString("entity") + " " + row.getString("entity_id"))
                .list();
    }

    private static List<String> responseIds(Map<String, String> env) {
        try (Database database = Database.open(AppConfig.fromEnvironment(env))) {
            return database.jdbi()
                    .withHandle(handle -> handle.createQuery("SELECT id || ' ' || CAST(taken_on AS VARCHAR(10)) || ' ' "
                                    + "|| answers FROM prom_response ORDER BY id")
                            .mapTo(String.class)
                            .list());
        }
    }

    private static long count(Handle handle, String sql) {
        return handle.createQuery(sql).mapTo(Long.class).one();
    }

    private static String text(Handle handle, String sql) {
        return handle.createQuery(sql).mapTo(String.class).one();
    }

    private static Run demoData(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new DemoDataCommand(env, Clock.systemUTC()));
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        int exit = command.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
