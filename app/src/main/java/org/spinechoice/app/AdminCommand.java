package org.spinechoice.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.spinechoice.app.access.AccountService;
import org.spinechoice.app.access.InvalidAccountInput;
import org.spinechoice.app.access.Passwords;
import org.spinechoice.app.audit.AuditVerification;
import org.spinechoice.app.audit.AuditVerifier;
import org.spinechoice.app.platform.AppConfig;
import org.spinechoice.app.platform.Database;
import org.spinechoice.app.platform.Secrets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Administration on the same data folder or database as the server, without starting it: clinics, users, API tokens
 * and the audit chain check. Exit 0 on success, 1 when the audit chain is broken, 2 on bad input or configuration.
 */
@Command(
        name = "admin",
        mixinStandardHelpOptions = true,
        description = "Administer clinics, users and API tokens, and verify the audit log.")
final class AdminCommand implements Runnable {

    static final int BROKEN_CHAIN = 1;
    static final int BAD_INPUT = 2;

    @Spec
    CommandSpec spec;

    private final Map<String, String> env;
    private final InputStream stdin;

    AdminCommand() {
        this(System.getenv(), System.in);
    }

    AdminCommand(Map<String, String> env, InputStream stdin) {
        this.env = env;
        this.stdin = stdin;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "create-clinic", mixinStandardHelpOptions = true, description = "Create a clinic.")
    int createClinic(
            @Option(names = "--id", required = true, description = "short id: lower-case letters, digits, hyphens")
                    String id,
            @Option(names = "--name", required = true, description = "the clinic's name as staff see it") String name) {
        return withAccounts(accounts -> {
            accounts.createClinic(id, name);
            out().println("Created clinic '" + id + "' (" + name.strip() + ").");
            return 0;
        });
    }

    @Command(
            name = "create-user",
            mixinStandardHelpOptions = true,
            description = "Create a staff account; the password is read from the first line of standard input.")
    int createUser(
            @Option(names = "--clinic", required = true, description = "the clinic's id") String clinic,
            @Option(names = "--email", required = true, description = "the user's email, used to sign in") String email,
            @Option(names = "--role", required = true, description = "clinic-admin or clinician") String role,
            @Option(
                            names = "--password-stdin",
                            required = true,
                            description = "read the password from standard input (never from the command line)")
                    boolean passwordStdin) {
        String password;
        try {
            password = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            err().println("Cannot read the password from standard input: " + e.getMessage());
            return BAD_INPUT;
        }
        return withAccounts(accounts -> {
            var user = accounts.createUser(clinic, email, role, password);
            out().println("Created " + user.role().id() + " " + user.email() + " in clinic '" + clinic + "'.");
            return 0;
        });
    }

    @Command(
            name = "create-token",
            mixinStandardHelpOptions = true,
            description = "Create an API token for a user; the token is printed once, on the last line.")
    int createToken(
            @Option(names = "--email", required = true, description = "the user the token acts as") String email,
            @Option(names = "--label", description = "what the token is for (default: API token)") String label) {
        return withAccounts(accounts -> {
            String token = accounts.createToken(email, label);
            out().println("API token for " + email.strip().toLowerCase(Locale.ROOT)
                    + " (shown once; send it as 'Authorization: Bearer <token>'):");
            out().println(token);
            return 0;
        });
    }

    @Command(
            name = "audit-verify",
            mixinStandardHelpOptions = true,
            description = "Check every clinic's audit chain and say where it breaks.")
    int auditVerify() {
        return withDatabase(database -> {
            AuditVerification result = new AuditVerifier(database.jdbi()).verify();
            if (result.intact()) {
                out().println("Audit log intact: " + result.entries() + " entries in " + result.clinics()
                        + " clinic chain(s) verified.");
                return 0;
            }
            err().println("Audit log BROKEN (" + result.entries() + " entries checked):");
            result.breaks().forEach(problem -> err().println("  " + problem));
            return BROKEN_CHAIN;
        });
    }

    private int withAccounts(Function<AccountService, Integer> work) {
        return withDatabase(database -> {
            try {
                return work.apply(
                        new AccountService(database.jdbi(), new Passwords(), Secrets.strong(), Clock.systemUTC()));
            } catch (InvalidAccountInput e) {
                err().println(e.field() + ": " + e.getMessage());
                return BAD_INPUT;
            }
        });
    }

    private int withDatabase(Function<Database, Integer> work) {
        // The pool's and the migrator's start-up chatter would bury the one line this command prints.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.flywaydb", "error");
        AppConfig config;
        try {
            config = AppConfig.fromEnvironment(env);
        } catch (IllegalArgumentException e) {
            err().println("Configuration error: " + e.getMessage());
            return BAD_INPUT;
        }
        try (Database database = Database.open(config)) {
            return work.apply(database);
        }
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
