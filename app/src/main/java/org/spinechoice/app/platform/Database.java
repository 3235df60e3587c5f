package org.spinechoice.app.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The application's database: a connection pool, migrated by Flyway at start-up, queried through Jdbi.
 *
 * <p>The same migrations and queries run on the embedded H2 database and on PostgreSQL. Thread-safe.
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
    }

    /** Opens the pool and applies every pending migration; fails fast when the database cannot be reached. */
    public static Database open(AppConfig config) {
        if (config.databaseUrl().isEmpty()) {
            createDataDir(config.dataDir());
        }
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(config.jdbcUrl());
        pool.setUsername(config.databaseUser());
        pool.setPassword(config.databasePassword());
        pool.setMaximumPoolSize(10);
        pool.setPoolName("spinechoice");
        pool.setConnectionTimeout(5_000);
        pool.setValidationTimeout(2_000);
        HikariDataSource dataSource = new HikariDataSource(pool);
        try {
            migrate(dataSource);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new Database(dataSource);
    }

    private static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(false)
                .load()
                .migrate();
    }

    private static void createDataDir(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot create the data folder " + dataDir.toAbsolutePath(), e);
        }
    }

    /** Whether the database answers a trivial query now. */
    public boolean answers() {
        try {
            return jdbi.withHandle(handle ->
                            handle.createQuery("SELECT 1").mapTo(Integer.class).one())
                    == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
