package org.spinechoice.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level command: lists the subcommands and the environment variables every command reads. */
@Command(
        name = "spinechoice",
        mixinStandardHelpOptions = true,
        version = "SpineChoice 0.1.0",
        description = "SpineChoice: a decision aid and outcomes tracker for spinal stenosis.",
        subcommands = {ServeCommand.class, TriageCommand.class, AdminCommand.class, DemoDataCommand.class},
        footerHeading = "%nEnvironment variables:%n",
        footer = {
            "  SERVER_PORT               port to listen on (default 8080; --port wins)",
            "  SPINECHOICE_DATA_DIR      folder of the embedded H2 database (default ./data)",
            "  SPINECHOICE_DB_URL        JDBC URL of a PostgreSQL database; when set, the",
            "                            embedded database is not used. Example:",
            "                            jdbc:postgresql://localhost:5432/spinechoice",
            "  SPINECHOICE_DB_USER       database user (with SPINECHOICE_DB_URL)",
            "  SPINECHOICE_DB_PASSWORD   database password (with SPINECHOICE_DB_URL)",
            "  SPINECHOICE_KNOWLEDGE_DIR evidence folder to read instead of the packaged copy",
            "  SPINECHOICE_SUMMARY_DAYS  days a saved summary is kept before it expires and",
            "                            is deleted (default 90)",
            "",
            "Without a command, 'serve' runs."
        })
final class SpineChoiceCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
