package org.spinechoice.app.clinic.patient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;
import org.spinechoice.app.clinic.record.Columns;
import org.spinechoice.app.platform.DbTime;
import org.spinechoice.treatment.CourseStatus;
import org.spinechoice.vocabulary.OptionId;
import org.spinechoice.vocabulary.Sex;
import org.spinechoice.vocabulary.SpinalRegion;

/**
 * Patients in the {@code patient} table. Every query names the clinic in its {@code WHERE} clause, so no other
 * clinic's patient can ever be read or written. Methods work in the caller's handle, so a service decides what one
 * transaction holds. Stateless and thread-safe.
 */
public final class JdbcPatientRepository {

    private static final String INSERT =
            "INSERT INTO patient (id, clinic_id, display_name, birth_year, sex, reference, email, "
                    + "created_at) VALUES (:id, :clinic, :name, :birthYear, :sex, :reference, :email, :createdAt)";

    private static final String COLUMNS = "id, display_name, birth_year, sex, reference, email, created_at";
    private static final String NAME_MATCHES = " AND LOWER(display_name) LIKE :pattern ESCAPE '!'";

    void insert(Handle handle, String clinicId, Patient patient) {
        bindRow(handle.createUpdate(INSERT), clinicId, patient).execute();
    }

    /**
     * Stores many patients as one JDBC batch in the caller's transaction, in the columns {@link #insert} uses, and
     * writes no audit entry: for bulk loads that write one entry of their own (the demo data).
     */
    public void insertAll(Handle handle, String clinicId, List<Patient> patients) {
        PreparedBatch batch = handle.prepareBatch(INSERT);
        for (Patient patient : patients) {
            bindRow(batch, clinicId, patient).add();
        }
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    private static <S extends SqlStatement<S>> S bindRow(S statement, String clinicId, Patient patient) {
        return statement
                .bind("id", patient.id())
                .bind("clinic", clinicId)
                .bind("name", patient.displayName())
                .bind("birthYear", patient.birthYear())
                .bind("sex", patient.sex().id())
                .bind("reference", patient.reference().orElse(null))
                .bind("email", patient.contactEmail().orElse(null))
                .bind("createdAt", DbTime.utc(patient.createdAt()));
    }

    /** Whether the clinic has this patient; for the records kept about a patient. */
    public boolean exists(Handle handle, String clinicId, String patientId) {
        return handle.createQuery("SELECT COUNT(*) FROM patient WHERE id = :id AND clinic_id = :clinic")
                        .bind("id", patientId)
                        .bind("clinic", clinicId)
                        .mapTo(Integer.class)
                        .one()
                > 0;
    }

    /** The clinic's patient with this id; for the pages that show a patient's whole record. */
    public Optional<Patient> find(Handle handle, String clinicId, String patientId) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM patient WHERE id = :id AND clinic_id = :clinic")
                .bind("id", patientId)
                .bind("clinic", clinicId)
                .map((row, ctx) -> patient(row))
                .findOne();
    }

    List<Patient> list(Handle handle, String clinicId, PatientQuery query) {
        String sql = "SELECT " + COLUMNS + " FROM patient WHERE clinic_id = :clinic"
                + query.name().map(name -> NAME_MATCHES).orElse("")
                + " ORDER BY LOWER(display_name), id LIMIT :limit OFFSET :offset";
        Query select = handle.createQuery(sql)
                .bind("clinic", clinicId)
                .bind("limit", query.limit())
                .bind("offset", query.offset());
        query.name().ifPresent(name -> select.bind("pattern", pattern(name)));
        return select.map((row, ctx) -> patient(row)).list();
    }

    int count(Handle handle, String clinicId, PatientQuery query) {
        Query count = handle.createQuery("SELECT COUNT(*) FROM patient WHERE clinic_id = :clinic"
                        + query.name().map(name -> NAME_MATCHES).orElse(""))
                .bind("clinic", clinicId);
        query.name().ifPresent(name -> count.bind("pattern", pattern(name)));
        return count.mapTo(Integer.class).one();
    }

    List<CourseSummary> courses(Handle handle, String clinicId, String patientId) {
        return handle.createQuery("SELECT c.id, c.option_id, c.region, c.status, c.start_date, c.planned_sessions, "
                        + "(SELECT COUNT(*) FROM treatment_session s WHERE s.course_id = c.id) AS sessions_recorded "
                        + "FROM treatment_course c WHERE c.clinic_id = :clinic AND c.patient_id = :patient "
                        + "ORDER BY c.start_date DESC, c.created_at DESC, c.id")
                .bind("clinic", clinicId)
                .bind("patient", patientId)
                .map((row, ctx) -> new CourseSummary(
                        row.getString("id"),
                        Columns.code(OptionId.class, row.getString("option_id")),
                        Columns.code(SpinalRegion.class, row.getString("region")),
                        Columns.code(CourseStatus.class, row.getString("status")),
                        Columns.date(row, "start_date"),
                        row.getInt("planned_sessions"),
                        row.getInt("sessions_recorded")))
                .list();
    }

    // LIKE treats % and _ as wildcards; a name that contains them is searched for as written.
    private static String pattern(String name) {
        String escaped = name.toLowerCase(Locale.ROOT)
                .replace("!", "!!")
                .replace("%", "!%")
                .replace("_", "!_");
        return "%" + escaped + "%";
    }

    private static Patient patient(ResultSet row) throws SQLException {
        return new Patient(
                row.getString("id"),
                row.getString("display_name"),
                row.getInt("birth_year"),
                Columns.code(Sex.class, row.getString("sex")),
                Columns.optionalText(row, "reference"),
                Columns.optionalText(row, "email"),
                DbTime.read(row, "created_at"));
    }
}
