package org.spinechoice.app.clinic.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.result.ResultIterator;
import org.spinechoice.app.clinic.record.Columns;

/**
 * Reads a clinic's stored questionnaire responses for an export, with their course's option and region, one row at a
 * time: the rows go to the writer as the database returns them, {@link #FETCH_SIZE} per round trip. PostgreSQL's
 * driver fetches in batches only when autocommit is off, so the caller's handle must be in a transaction; otherwise it
 * would read every row into memory first. Thread-safe.
 */
public final class JdbcPromResponseExportRepository {

    static final int FETCH_SIZE = 500;

    // Ordered by patient, then date, then id: the same data always gives the same file.
    private static final String SELECT = "SELECT r.patient_id, r.course_id, c.option_id, c.region, r.timepoint, "
            + "r.outside_window, r.taken_on, r.instrument, r.score, r.score_percent, r.band, r.symptom_severity, "
            + "r.physical_function, r.satisfaction, r.questionnaire_version, r.source "
            + "FROM prom_response r LEFT JOIN treatment_course c ON c.id = r.course_id AND c.clinic_id = r.clinic_id "
            + "WHERE r.clinic_id = :clinic ORDER BY r.patient_id, r.taken_on, r.id";

    void writeAll(Handle handle, String clinicId, PatientPseudonyms pseudonyms, ExportWriter writer)
            throws IOException {
        if (!handle.isInTransaction()) {
            throw new IllegalStateException("an export reads in a transaction, or PostgreSQL reads it whole");
        }
        try (ResultIterator<ExportedPromResponse> rows = handle.createQuery(SELECT)
                .bind("clinic", clinicId)
                .setFetchSize(FETCH_SIZE)
                .map((row, ctx) -> exported(row, pseudonyms))
                .iterator()) {
            while (rows.hasNext()) {
                writer.write(rows.next());
            }
        }
    }

    private static ExportedPromResponse exported(ResultSet row, PatientPseudonyms pseudonyms) throws SQLException {
        return new ExportedPromResponse(
                pseudonyms.of(row.getString("patient_id")),
                row.getString("course_id"),
                row.getString("option_id"),
                row.getString("region"),
                row.getString("timepoint"),
                row.getBoolean("outside_window"),
                Columns.date(row, "taken_on"),
                row.getString("instrument"),
                number(row, "score"),
                number(row, "score_percent"),
                row.getString("band"),
                number(row, "symptom_severity"),
                number(row, "physical_function"),
                number(row, "satisfaction"),
                row.getString("questionnaire_version"),
                row.getString("source"));
    }

    /** A decimal column without the zeros its scale adds (35.60 → 35.6, 10.00 → 10), the same on both databases. */
    private static BigDecimal number(ResultSet row, String column) throws SQLException {
        BigDecimal stored = row.getBigDecimal(column);
        if (stored == null) {
            return null;
        }
        BigDecimal stripped = stored.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
