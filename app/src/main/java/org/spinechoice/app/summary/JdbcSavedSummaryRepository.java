package org.spinechoice.app.summary;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.spinechoice.app.platform.DbTime;

/**
 * Saved summaries in the {@code saved_summary} table, with the same plain SQL on H2 and PostgreSQL. Times are kept
 * as UTC in {@code TIMESTAMP} columns. Thread-safe.
 */
public final class JdbcSavedSummaryRepository {

    private final Jdbi jdbi;

    public JdbcSavedSummaryRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void insert(SavedSummary summary) {
        jdbi.useHandle(
                handle -> handle.createUpdate("INSERT INTO saved_summary (code_hash, answers, created_at, expires_at) "
                                + "VALUES (:codeHash, :answers, :createdAt, :expiresAt)")
                        .bind("codeHash", summary.codeHash())
                        .bind("answers", summary.answers())
                        .bind("createdAt", DbTime.utc(summary.createdAt()))
                        .bind("expiresAt", DbTime.utc(summary.expiresAt()))
                        .execute());
    }

    public Optional<SavedSummary> find(String codeHash) {
        return jdbi.withHandle(
                handle -> handle.createQuery("SELECT code_hash, answers, created_at, expires_at FROM saved_summary "
                                + "WHERE code_hash = :codeHash")
                        .bind("codeHash", codeHash)
                        .map((row, context) -> read(row))
                        .findOne());
    }

    /** Deletes one summary; returns whether it existed. */
    public boolean delete(String codeHash) {
        return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM saved_summary WHERE code_hash = :codeHash")
                        .bind("codeHash", codeHash)
                        .execute())
                > 0;
    }

    /** Deletes every summary expired at {@code now}; returns how many. */
    public int deleteExpired(Instant now) {
        return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM saved_summary WHERE expires_at <= :now")
                .bind("now", DbTime.utc(now))
                .execute());
    }

    private static SavedSummary read(ResultSet row) throws SQLException {
        return new SavedSummary(
                row.getString("code_hash"),
                row.getString("answers"),
                DbTime.read(row, "created_at"),
                DbTime.read(row, "expires_at"));
    }
}
