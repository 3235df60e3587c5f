package org.spinechoice.app.clinic.course;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;
import org.spinechoice.app.clinic.record.Columns;
import org.spinechoice.app.platform.DbTime;
import org.spinechoice.treatment.CourseStatus;
import org.spinechoice.vocabulary.OptionId;
import org.spinechoice.vocabulary.SpinalRegion;

/**
 * Treatment courses in the {@code treatment_course} table. Every query names the clinic in its {@code WHERE} clause.
 * Methods work in the caller's handle, so a service decides what one transaction holds. Stateless and thread-safe.
 */
public final class JdbcCourseRepository {

    private static final String COLUMNS = "id, patient_id, option_id, region, clinician_id, start_date, "
            + "planned_sessions, interval_weeks, status, end_reason, created_at";
    private static final String INSERT = "INSERT INTO treatment_course (" + COLUMNS + ", clinic_id) VALUES (:id, "
            + ":patient, :option, :region, :clinician, :start, :planned, :interval, :status, :endReason, :createdAt, "
            + ":clinic)";

    /**
     * The SQL condition on a course {@code c} started on or after the date bound as {@code :startedFrom}, whatever
     * its status: follow-ups still fall due after a course is completed or stopped (loss to follow-up must show, and
     * the patient's link asks for them too); shared with the query of the answers such courses have, so both read the
     * same courses.
     */
    public static final String OPEN_SINCE = "c.start_date >= :startedFrom";

    void insert(Handle handle, String clinicId, TreatmentCourse course) {
        bindRow(handle.createUpdate(INSERT), clinicId, course).execute();
    }

    /**
     * Stores many courses as one JDBC batch in the caller's transaction, in the columns {@link #insert} uses, and
     * writes no audit entry: for bulk loads that write one entry of their own (the demo data).
     */
    public void insertAll(Handle handle, String clinicId, List<TreatmentCourse> courses) {
        PreparedBatch batch = handle.prepareBatch(INSERT);
        for (TreatmentCourse course : courses) {
            bindRow(batch, clinicId, course).add();
        }
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    private static <S extends SqlStatement<S>> S bindRow(S statement, String clinicId, TreatmentCourse course) {
        return statement
                .bind("id", course.id())
                .bind("patient", course.patientId())
                .bind("option", course.option().id())
                .bind("region", course.region().id())
                .bind("clinician", course.clinician().orElse(null))
                .bind("start", course.startDate())
                .bind("planned", course.plannedSessions())
                .bind("interval", course.intervalWeeks())
                .bind("status", course.status().id())
                .bind("endReason", course.endReason().orElse(null))
                .bind("createdAt", DbTime.utc(course.createdAt()))
                .bind("clinic", clinicId);
    }

    /** The clinic's course with this id; for the records kept about a course. */
    public Optional<TreatmentCourse> find(Handle handle, String clinicId, String courseId) {
        return select(handle, clinicId, courseId, "");
    }

    /** As {@link #find}, and locks the row until the transaction ends, so changes to one course take turns. */
    Optional<TreatmentCourse> findForUpdate(Handle handle, String clinicId, String courseId) {
        return select(handle, clinicId, courseId, " FOR UPDATE");
    }

    /** The patient's courses, newest first; for staff, and for the patient's own questionnaire link. */
    public List<TreatmentCourse> ofPatient(Handle handle, String clinicId, String patientId) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM treatment_course WHERE clinic_id = :clinic "
                        + "AND patient_id = :patient ORDER BY start_date DESC, created_at DESC, id")
                .bind("clinic", clinicId)
                .bind("patient", patientId)
                .map((row, ctx) -> course(row))
                .list();
    }

    void update(Handle handle, String clinicId, TreatmentCourse course) {
        handle.createUpdate("UPDATE treatment_course SET clinician_id = :clinician, planned_sessions = :planned, "
                        + "interval_weeks = :interval, status = :status, end_reason = :endReason "
                        + "WHERE id = :id AND clinic_id = :clinic")
                .bind("clinician", course.clinician().orElse(null))
                .bind("planned", course.plannedSessions())
                .bind("interval", course.intervalWeeks())
                .bind("status", course.status().id())
                .bind("endReason", course.endReason().orElse(null))
                .bind("id", course.id())
                .bind("clinic", clinicId)
                .execute();
    }

    /** The clinic's planned and active courses that started on or after {@code startedFrom}, oldest first. */
    public List<OpenCourse> openSince(Handle handle, String clinicId, LocalDate startedFrom) {
        return handle.createQuery("SELECT c.id, c.patient_id, p.display_name, c.option_id, c.region, c.status, "
                        + "c.start_date FROM treatment_course c JOIN patient p ON p.id = c.patient_id "
                        + "AND p.clinic_id = c.clinic_id WHERE c.clinic_id = :clinic AND " + OPEN_SINCE
                        + " ORDER BY c.start_date, c.id")
                .bind("clinic", clinicId)
                .bind("startedFrom", startedFrom)
                .map((row, ctx) -> new OpenCourse(
                        row.getString("id"),
                        row.getString("patient_id"),
                        row.getString("display_name"),
                        Columns.code(OptionId.class, row.getString("option_id")),
                        Columns.code(SpinalRegion.class, row.getString("region")),
                        Columns.code(CourseStatus.class, row.getString("status")),
                        Columns.date(row, "start_date")))
                .list();
    }

    /** Whether a user of the clinic has this id; a user of another clinic is not one. */
    public boolean isClinicStaff(Handle handle, String clinicId, String userId) {
        return handle.createQuery("SELECT COUNT(*) FROM app_user WHERE id = :id AND clinic_id = :clinic")
                        .bind("id", userId)
                        .bind("clinic", clinicId)
                        .mapTo(Integer.class)
                        .one()
                > 0;
    }

    private static Optional<TreatmentCourse> select(Handle handle, String clinicId, String courseId, String lock) {
        return handle.createQuery(
                        "SELECT " + COLUMNS + " FROM treatment_course WHERE id = :id AND clinic_id = :clinic" + lock)
                .bind("id", courseId)
                .bind("clinic", clinicId)
                .map((row, ctx) -> course(row))
                .findOne();
    }

    private static TreatmentCourse course(ResultSet row) throws SQLException {
        return new TreatmentCourse(
                row.getString("id"),
                row.getString("patient_id"),
                Columns.code(OptionId.class, row.getString("option_id")),
                Columns.code(SpinalRegion.class, row.getString("region")),
                Columns.optionalText(row, "clinician_id"),
                Columns.date(row, "start_date"),
                row.getInt("planned_sessions"),
                row.getInt("interval_weeks"),
                Columns.code(CourseStatus.class, row.getString("status")),
                Columns.optionalText(row, "end_reason"),
                DbTime.read(row, "created_at"));
    }
}
