package org.spinechoice.app.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Instants in the database: UTC in {@code TIMESTAMP} columns, the one column type that behaves the same on H2 and
 * PostgreSQL. Kept to whole microseconds, the precision both databases store, so a value read back equals the value
 * written (the audit chain hashes them).
 */
public final class DbTime {

    private DbTime() {}

    /** The clock's instant as the database will store it, so that a record answered on creation reads back equal. */
    public static Instant now(Clock clock) {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    public static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    public static Instant instant(LocalDateTime utc) {
        return utc.toInstant(ZoneOffset.UTC);
    }

    public static Instant read(ResultSet row, String column) throws SQLException {
        return instant(row.getObject(column, LocalDateTime.class));
    }

    public static Optional<Instant> readOptional(ResultSet row, String column) throws SQLException {
        LocalDateTime value = row.getObject(column, LocalDateTime.class);
        return value == null ? Optional.empty() : Optional.of(instant(value));
    }
}
