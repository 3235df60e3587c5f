package org.spinechoice.app.platform;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How one running SpineChoice is configured: where it listens, where its embedded database lives, or which
 * PostgreSQL it uses instead, and which evidence folder overrides the packaged one.
 *
 * @param databaseUrl a JDBC URL when an external database (PostgreSQL) is configured; empty for the embedded one
 * @param knowledgeDir a folder to read the evidence base from instead of the packaged copy (for reviewers)
 * @param summaryDays how many days a saved summary is kept before it expires
 */
public record AppConfig(
        int port,
        Path dataDir,
        Optional<String> databaseUrl,
        String databaseUser,
        String databasePassword,
        Optional<Path> knowledgeDir,
        int summaryDays) {

    public static final int DEFAULT_PORT = 8080;
    public static final int DEFAULT_SUMMARY_DAYS = 90;
    public static final int MAX_SUMMARY_DAYS = 3650;

    public AppConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
        }
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(databaseUrl, "databaseUrl");
        Objects.requireNonNull(databaseUser, "databaseUser");
        Objects.requireNonNull(databasePassword, "databasePassword");
        Objects.requireNonNull(knowledgeDir, "knowledgeDir");
        if (summaryDays < 1 || summaryDays > MAX_SUMMARY_DAYS) {
            throw new IllegalArgumentException(
                    "saved summaries are kept from 1 to " + MAX_SUMMARY_DAYS + " days: " + summaryDays);
        }
    }

    /** Reads the configuration from environment variables, as documented by {@code --help}. */
    public static AppConfig fromEnvironment(Map<String, String> env) {
        String port = env.getOrDefault("SERVER_PORT", String.valueOf(DEFAULT_PORT));
        int parsedPort;
        try {
            parsedPort = Integer.parseInt(port.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SERVER_PORT must be a whole number, got '" + port + "'", e);
        }
        return new AppConfig(
                parsedPort,
                Path.of(env.getOrDefault("SPINECHOICE_DATA_DIR", "./data")),
                Optional.ofNullable(blankToNull(env.get("SPINECHOICE_DB_URL"))),
                env.getOrDefault("SPINECHOICE_DB_USER", ""),
                env.getOrDefault("SPINECHOICE_DB_PASSWORD", ""),
                Optional.ofNullable(blankToNull(env.get("SPINECHOICE_KNOWLEDGE_DIR")))
                        .map(Path::of),
                summaryDays(env.get("SPINECHOICE_SUMMARY_DAYS")));
    }

    private static int summaryDays(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_SUMMARY_DAYS;
        }
        try {
            int days = Integer.parseInt(value.strip());
            if (days >= 1 && days <= MAX_SUMMARY_DAYS) {
                return days;
            }
        } catch (NumberFormatException e) {
            // reported below with the other out-of-range values
        }
        throw new IllegalArgumentException("SPINECHOICE_SUMMARY_DAYS must be a whole number of days from 1 to "
                + MAX_SUMMARY_DAYS + ", got '" + value + "'");
    }

    /** Returns this configuration listening on another port. */
    public AppConfig withPort(int newPort) {
        return new AppConfig(newPort, dataDir, databaseUrl, databaseUser, databasePassword, knowledgeDir, summaryDays);
    }

    /** Returns the JDBC URL in use: the configured one, or the embedded H2 database in the data folder. */
    public String jdbcUrl() {
        return databaseUrl.orElseGet(() -> "jdbc:h2:file:"
                + dataDir.toAbsolutePath().normalize().resolve("spinechoice")
                + ";DB_CLOSE_ON_EXIT=FALSE");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
