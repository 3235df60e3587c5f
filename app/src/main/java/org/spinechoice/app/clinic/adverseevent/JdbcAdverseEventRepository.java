package org.spinechoice.app.clinic.adverseevent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;
import org.spinechoice.app.clinic.record.Columns;
import org.spinechoice.app.platform.DbTime;
import org.spinechoice.treatment.AdverseEventSeverity;

/**
 * Adverse events in the {@code adverse_event} table. Every query names the clinic in its {@code WHERE} clause.
 * Methods work in the caller's handle, so a service decides what one transaction holds. Stateless and thread-safe.
 */
public final class JdbcAdverseEventRepository {

    private static final String INSERT = "INSERT INTO adverse_event (id, clinic_id, course_id, event_date, severity, "
            + "description, outcome, created_at) VALUES (:id, :clinic, :course, :date, :severity, :description, "
            + ":outcome, :createdAt)";

    void insert(Handle handle, String clinicId, AdverseEvent event) {
        bindRow(handle.createUpdate(INSERT), clinicId, event).execute();
    }

    /**
     * Stores many adverse events as one JDBC batch in the caller's transaction, in the columns {@link #insert} uses,
     * and writes no audit entry: for bulk loads that write one entry of their own (the demo data).
     */
    public void insertAll(Handle handle, String clinicId, List<AdverseEvent> events) {
        PreparedBatch batch = handle.prepareBatch(INSERT);
        for (AdverseEvent event : events) {
            bindRow(batch, clinicId, event).add();
        }
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    private static <S extends SqlStatement<S>> S bindRow(S statement, String clinicId, AdverseEvent event) {
        return statement
                .bind("id", event.id())
                .bind("clinic", clinicId)
                .bind("course", event.courseId())
                .bind("date", event.date())
                .bind("severity", event.severity().id())
                .bind("description", event.description())
                .bind("outcome", event.outcome().orElse(null))
                .bind("createdAt", DbTime.utc(event.createdAt()));
    }

    /** A course's adverse events in the order they happened. */
    List<AdverseEvent> ofCourse(Handle handle, String clinicId, String courseId) {
        return handle.createQuery("SELECT id, course_id, event_date, severity, description, outcome, created_at "
                        + "FROM adverse_event WHERE clinic_id = :clinic AND course_id = :course "
                        + "ORDER BY event_date, created_at, id")
                .bind("clinic", clinicId)
                .bind("course", courseId)
                .map((row, ctx) -> event(row))
                .list();
    }

    /** The adverse events of all a patient's courses, by course and then in the order they happened. */
    public List<AdverseEvent> ofPatient(Handle handle, String clinicId, String patientId) {
        return handle.createQuery("SELECT e.id, e.course_id, e.event_date, e.severity, e.description, e.outcome, "
                        + "e.created_at FROM adverse_event e JOIN treatment_course c ON c.id = e.course_id "
                        + "AND c.clinic_id = e.clinic_id WHERE e.clinic_id = :clinic AND c.patient_id = :patient "
                        + "ORDER BY e.course_id, e.event_date, e.created_at, e.id")
                .bind("clinic", clinicId)
                .bind("patient", patientId)
                .map((row, ctx) -> event(row))
                .list();
    }

    private static AdverseEvent event(ResultSet row) throws SQLException {
        return new AdverseEvent(
                row.getString("id"),
                row.getString("course_id"),
                Columns.date(row, "event_date"),
                Columns.code(AdverseEventSeverity.class, row.getString("severity")),
                row.getString("description"),
                Columns.optionalText(row, "outcome"),
                DbTime.read(row, "created_at"));
    }
}
