package org.spinechoice.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinechoice.app.audit.AuditEvent;
import org.spinechoice.app.audit.AuditLog;
import org.spinechoice.app.platform.AppConfig;
import org.spinechoice.app.platform.Database;
import picocli.CommandLine;

/** The {@code admin} commands on an embedded database folder, as an operator runs them. */
class AdminCommandIT {

    @TempDir
    Path dataDir;

    private record Run(int exitCode, String out, String err) {}

    @Test
    void createsAClinicItsAdminAndATokenThatOpensTheApi() throws Exception {
        assertThat(admin("", "create-clinic", "--id", "north", "--name", "North Spine")
                        .exitCode())
                .isZero();
        Run user = admin(
                "a long enough password\n",
                "create-user",
                "--clinic",
                "north",
                "--email",
                "Ann@North.test",
                "--role",
                "clinic-admin",
                "--password-stdin");
        Run token = admin("", "create-token", "--email", "ann@north.test");

        assertThat(user.exitCode()).isZero();
        assertThat(user.out()).contains("ann@north.test");
        assertThat(token.exitCode()).isZero();
        String[] lines = token.out().strip().split("\\R");
        String secret = lines[lines.length - 1];
        assertThat(secret).matches("sct_[A-Za-z0-9_-]{43}");
        try (Database database = Database.open(config())) {
            int stored = database.jdbi()
                    .withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM api_token WHERE token_hash = :token")
                            .bind("token", secret)
                            .mapTo(Integer.class)
                            .one());
            assertThat(stored).as("only the hash is stored").isZero();
        }
    }

    @Test
    void refusesBadInputNamingTheField() {
        admin("", "create-clinic", "--id", "north", "--name", "North Spine");

        Run duplicate = admin("", "create-clinic", "--id", "north", "--name", "Again");
        Run badId = admin("", "create-clinic", "--id", "North Spine!", "--name", "x");
        Run shortPassword = admin(
                "short\n",
                "create-user",
                "--clinic",
                "north",
                "--email",
                "a@north.test",
                "--role",
                "clinician",
                "--password-stdin");
        Run badRole = admin(
                "a long enough password\n",
                "create-user",
                "--clinic",
                "north",
                "--email",
                "a@north.test",
                "--role",
                "owner",
                "--password-stdin");
        Run noClinic = admin(
                "a long enough password\n",
                "create-user",
                "--clinic",
                "nowhere",
                "--email",
                "a@north.test",
                "--role",
                "clinician",
                "--password-stdin");
        Run noUser = admin("", "create-token", "--email", "nobody@north.test");

        assertThat(duplicate.exitCode()).isEqualTo(AdminCommand.BAD_INPUT);
        assertThat(duplicate.err()).startsWith("id:").contains("already exists");
        assertThat(badId.err()).startsWith("id:");
        assertThat(shortPassword.err()).startsWith("password:");
        assertThat(badRole.err()).startsWith("role:");
        assertThat(noClinic.err()).startsWith("clinic:");
        assertThat(noUser.exitCode()).isEqualTo(AdminCommand.BAD_INPUT);
        assertThat(noUser.err()).startsWith("email:");
    }

    @Test
    void auditVerifySaysWhereTheChainBreaks() {
        admin("", "create-clinic", "--id", "north", "--name", "North Spine");
        try (Database database = Database.open(config())) {
            AuditLog log = new AuditLog(java.time.Clock.systemUTC());
            for (int i = 1; i <= 3; i++) {
                String id = "p" + i;
                database.jdbi()
                        .useTransaction(handle -> log.append(
                                handle,
                                new AuditEvent(
                                        "north", "user:u", "read", "patient", id, Optional.of(id), "127.0.0.1")));
            }
        }
        Run intact = admin("", "audit-verify");
        try (Database database = Database.open(config())) {
            database.jdbi()
                    .useHandle(handle -> handle.execute("UPDATE audit_entry SET entity_id = 'p9' WHERE seq = 2"));
        }
        Run broken = admin("", "audit-verify");

        assertThat(intact.exitCode()).isZero();
        assertThat(intact.out()).contains("3 entries");
        assertThat(broken.exitCode()).isEqualTo(AdminCommand.BROKEN_CHAIN);
        assertThat(broken.err()).contains("clinic north, entry 2");
    }

    private AppConfig config() {
        return AppConfig.fromEnvironment(env());
    }

    private Map<String, String> env() {
        return Map.of("SPINECHOICE_DATA_DIR", dataDir.toString());
    }

    private Run admin(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(
                new AdminCommand(env(), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))));
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        int exit = command.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
