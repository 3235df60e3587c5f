package org.spinechoice.app;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.spinechoice.app.access.AccountService;
import org.spinechoice.app.access.Passwords;
import org.spinechoice.app.audit.AuditLog;
import org.spinechoice.app.clinic.outcome.CourseOutcomeStore;
import org.spinechoice.app.demo.DemoCounts;
import org.spinechoice.app.demo.DemoLoad;
import org.spinechoice.app.demo.DemoLoader;
import org.spinechoice.app.demo.LoadProgress;
import org.spinechoice.app.platform.AppConfig;
import org.spinechoice.app.platform.Database;
import org.spinechoice.app.platform.Json;
import org.spinechoice.app.platform.Secrets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Fills the clinic {@code demo} with synthetic patients on the database the server uses (same settings as
 * {@code serve}). Exit 0 when loaded, 1 when the demo clinic already has patients and {@code --replace} was not given,
 * 2 on bad input or configuration.
 */
@Command(
        name = "demo-data",
        mixinStandardHelpOptions = true,
        description = {
            "Fill the clinic 'demo' with synthetic patients and their records.",
            "Patients are labelled 'Demo patient 000001' with the reference SYNTHETIC and have a treatment course,"
                    + " sessions and questionnaire responses over the last 18 months. The figures behind them are"
                    + " invented for demonstration, not clinical evidence."
        })
final class DemoDataCommand implements Callable<Integer> {

    static final int CLINIC_HAS_PATIENTS = 1;
    static final int BAD_INPUT = 2;

    @Spec
    CommandSpec spec;

    @Option(names = "--patients", required = true, description = "how many patients, 1 to 1000000")
    int patients;

    @Option(
            names = "--seed",
            defaultValue = "1",
            description = "the same seed and day give the same data (default ${DEFAULT-VALUE})")
    long seed;

    @Option(
            names = "--today",
            description = "the day to build the data around, as 2026-11-25 (default: today; dates follow the run day)")
    LocalDate today;

    @Option(names = "--replace", description = "delete the demo clinic's patients and their records first")
    boolean replace;

    private final Map<String, String> env;
    private final Clock clock;

    DemoDataCommand() {
        this(System.getenv(), Clock.systemDefaultZone());
    }

    DemoDataCommand(Map<String, String> env, Clock clock) {
        this.env = env;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        DemoLoad load;
        try {
            load = new DemoLoad(patients, seed, today != null ? today : LocalDate.now(clock), replace);
        } catch (IllegalArgumentException e) {
            err().println("--patients: " + e.getMessage());
            return BAD_INPUT;
        }
        // The pool's and the migrator's start-up chatter would bury the progress and the result.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.flywaydb", "error");
        AppConfig config;
        try {
            config = AppConfig.fromEnvironment(env);
        } catch (IllegalArgumentException e) {
            err().println("Configuration error: " + e.getMessage());
            return BAD_INPUT;
        }
        try (Database database = Database.open(withBatchesRewritten(config))) {
            return load(database, load);
        }
    }

    private int load(Database database, DemoLoad load) {
        AccountService accounts = new AccountService(database.jdbi(), new Passwords(), Secrets.strong(), clock);
        if (accounts.clinicName(DemoLoader.CLINIC_ID).isEmpty()) {
            accounts.createClinic(DemoLoader.CLINIC_ID, DemoLoader.CLINIC_NAME);
        }
        DemoLoader loader = new DemoLoader(database.jdbi(), Json.mapper(), new AuditLog(clock));
        long existing = loader.patientCount();
        if (existing > 0 && !load.replace()) {
            err().println("The clinic '" + DemoLoader.CLINIC_ID + "' already has " + existing + " patients. Nothing was"
                    + " loaded. Run again with --replace to delete them and their records first.");
            return CLINIC_HAS_PATIENTS;
        }
        LoadProgress progress = new LoadProgress(err(), System.console() != null, load.patients());
        DemoCounts counts = loader.load(load, progress, afterLoad(database));
        out().println(String.format(
                Locale.ROOT,
                "Loaded into clinic '%s'%s: %,d patients, %,d courses, %,d sessions, %,d adverse events, %,d"
                        + " questionnaire responses in %.1f s (seed %d, today %s).",
                DemoLoader.CLINIC_ID,
                existing > 0 ? " after deleting its " + existing + " patients and their records" : "",
                counts.patients(),
                counts.courses(),
                counts.sessions(),
                counts.adverseEvents(),
                counts.responses(),
                progress.elapsedSeconds(),
                load.seed(),
                load.today()));
        return 0;
    }

    /**
     * On PostgreSQL, this command's own connections let the driver send each batch as multi-row INSERTs
     * ({@code reWriteBatchedInserts}): the server then spent 81 s of CPU on 100,000 patients instead of 119 s. The
     * server's pool, in its own process, keeps the configured URL.
     */
    static AppConfig withBatchesRewritten(AppConfig config) {
        return config.databaseUrl()
                .filter(url -> url.startsWith("jdbc:postgresql:") && !url.contains("reWriteBatchedInserts"))
                .map(url -> new AppConfig(
                        config.port(),
                        config.dataDir(),
                        Optional.of(url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true"),
                        config.databaseUser(),
                        config.databasePassword(),
                        config.knowledgeDir(),
                        config.summaryDays()))
                .orElse(config);
    }

    /**
     * What runs once the demo records are committed: the course outcomes (ADR 0010) are kept up to date record by
     * record, which the bulk load writes past, so they are rebuilt for the demo clinic in one pass.
     */
    private Runnable afterLoad(Database database) {
        return () -> {
            err().println("Working out each course's outcomes for the outcome figures...");
            err().flush();
            long started = System.nanoTime();
            int written = database.jdbi()
                    .inTransaction(handle -> new CourseOutcomeStore().rebuildClinic(handle, DemoLoader.CLINIC_ID));
            err().println(String.format(
                    Locale.ROOT, "%,d course outcomes in %.1f s.", written, (System.nanoTime() - started) / 1e9));
            err().flush();
        };
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
