package org.spinechoice.app.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.spinechoice.app.platform.DbTime;

/** Reads a stored audit entry from its row. */
final class AuditRows {

    private AuditRows() {}

    static AuditEntry entry(ResultSet row) throws SQLException {
        AuditEvent event = new AuditEvent(
                row.getString("clinic_id"),
                row.getString("actor"),
                row.getString("action"),
                row.getString("entity"),
                row.getString("entity_id"),
                Optional.ofNullable(row.getString("patient_id")),
                row.getString("remote_address"));
        return new AuditEntry(
                row.getLong("seq"), DbTime.read(row, "at"), event, row.getString("prev_hash"), row.getString("hash"));
    }
}
