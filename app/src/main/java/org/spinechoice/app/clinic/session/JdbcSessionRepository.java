package org.spinechoice.app.clinic.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;
import org.spinechoice.app.clinic.record.Columns;
import org.spinechoice.app.platform.DbTime;
import org.spinechoice.app.platform.Json;

/**
 * Treatment sessions in the {@code treatment_session} table, their details as JSON text in the shape the API
 * writes. Every query names the clinic in its {@code WHERE} clause. Methods work in the caller's handle, so a service
 * decides what one transaction holds. Thread-safe.
 */
public final class JdbcSessionRepository {

    private static final String INSERT = "INSERT INTO treatment_session (id, clinic_id, course_id, session_date, kind, "
            + "details, created_at) VALUES (:id, :clinic, :course, :date, :kind, :details, :createdAt)";

    private final ObjectMapper json;

    public JdbcSessionRepository(ObjectMapper json) {
        // Volumes are decimals; read exactly, they come back as written.
        this.json = json.copy().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    void insert(Handle handle, String clinicId, TreatmentSession session) {
        bindRow(handle.createUpdate(INSERT), clinicId, session).execute();
    }

    /**
     * Stores many sessions as one JDBC batch in the caller's transaction, in the columns {@link #insert} uses, and
     * writes no audit entry: for bulk loads that write one entry of their own (the demo data).
     */
    public void insertAll(Handle handle, String clinicId, List<TreatmentSession> sessions) {
        PreparedBatch batch = handle.prepareBatch(INSERT);
        for (TreatmentSession session : sessions) {
            bindRow(batch, clinicId, session).add();
        }
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    private <S extends SqlStatement<S>> S bindRow(S statement, String clinicId, TreatmentSession session) {
        return statement
                .bind("id", session.id())
                .bind("clinic", clinicId)
                .bind("course", session.courseId())
                .bind("date", session.date())
                .bind("kind", session.details().kind().id())
                .bind("details", Json.write(json, SessionDetailsJson.of(session.details())))
                .bind("createdAt", DbTime.utc(session.createdAt()));
    }

    /** A course's sessions in the order they were given. */
    List<TreatmentSession> ofCourse(Handle handle, String clinicId, String courseId) {
        return handle.createQuery("SELECT id, course_id, session_date, details, created_at FROM treatment_session "
                        + "WHERE clinic_id = :clinic AND course_id = :course ORDER BY session_date, created_at, id")
                .bind("clinic", clinicId)
                .bind("course", courseId)
                .map((row, ctx) -> session(row))
                .list();
    }

    /** The sessions of all a patient's courses, by course and then in the order given: one query for a whole page. */
    public List<TreatmentSession> ofPatient(Handle handle, String clinicId, String patientId) {
        return handle.createQuery("SELECT s.id, s.course_id, s.session_date, s.details, s.created_at "
                        + "FROM treatment_session s JOIN treatment_course c ON c.id = s.course_id "
                        + "AND c.clinic_id = s.clinic_id WHERE s.clinic_id = :clinic AND c.patient_id = :patient "
                        + "ORDER BY s.course_id, s.session_date, s.created_at, s.id")
                .bind("clinic", clinicId)
                .bind("patient", patientId)
                .map((row, ctx) -> session(row))
                .list();
    }

    private TreatmentSession session(ResultSet row) throws SQLException {
        return new TreatmentSession(
                row.getString("id"),
                row.getString("course_id"),
                Columns.date(row, "session_date"),
                SessionDetailsReader.stored(tree(row.getString("details"))),
                DbTime.read(row, "created_at"));
    }

    private Object tree(String details) {
        try {
            return json.readValue(details, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored session details are not JSON", e);
        }
    }
}
