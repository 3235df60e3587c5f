package org.spinechoice.app.clinic.outcome;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.spinechoice.outcome.CourseOutcome;
import org.spinechoice.outcome.CourseOutcomes;
import org.spinechoice.outcome.ScoredResponse;
import org.spinechoice.outcome.Scores;
import org.spinechoice.prom.Instrument;
import org.spinechoice.prom.PromSchedule;
import org.spinechoice.prom.ResponderRule;
import org.spinechoice.prom.Timepoint;
import org.spinechoice.vocabulary.Coded;
import org.spinechoice.vocabulary.SpinalRegion;

/**
 * Keeps {@code course_outcome} true: the outcome of each course on each instrument it asks for, recomputed by core
 * from the stored responses. Called in the transaction that stores a response or a course, so the outcome figures
 * never lag the records; {@link #rebuildClinic} redoes a whole clinic after a bulk load. Thread-safe (no state).
 *
 * <p>A response can change several courses' outcomes (a baseline counts for every course of the patient that starts
 * within 14 days of it), so the unit of work is one patient and one instrument.
 */
public final class CourseOutcomeStore {

    private static final String INSERT = "INSERT INTO course_outcome (course_id, instrument, clinic_id, option_id,"
            + " region, clinician_id, start_date, status, " + String.join(", ", OutcomeColumns.NAMES)
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?" + ", ?".repeat(OutcomeColumns.NAMES.size()) + ")";
    private static final String COURSE_COLUMNS = "id, patient_id, option_id, region, clinician_id, start_date, status";
    private static final String RESPONSE_COLUMNS =
            "course_id, timepoint, outside_window, taken_on, score, symptom_severity, physical_function";
    private static final int BATCH = 1_000;

    /** The instruments with a responder rule: the ones outcome figures are given for. */
    public static List<Instrument> analysedInstruments() {
        List<Instrument> analysed = new ArrayList<>();
        for (Instrument instrument : Instrument.values()) {
            if (ResponderRule.of(instrument).isPresent()) {
                analysed.add(instrument);
            }
        }
        return analysed;
    }

    /** Recomputes the outcomes of every course of the patient on every analysed instrument (after a new course). */
    public void refreshPatient(Handle handle, String clinicId, String patientId) {
        for (Instrument instrument : analysedInstruments()) {
            refreshPatient(handle, clinicId, patientId, instrument);
        }
    }

    /** Recomputes the outcomes of every course of the patient on one instrument (after a new response to it). */
    public void refreshPatient(Handle handle, String clinicId, String patientId, Instrument instrument) {
        if (ResponderRule.of(instrument).isEmpty()) {
            return;
        }
        List<CourseRow> courses = handle.createQuery("SELECT " + COURSE_COLUMNS + " FROM treatment_course"
                        + " WHERE clinic_id = :clinic AND patient_id = :patient")
                .bind("clinic", clinicId)
                .bind("patient", patientId)
                .map((row, context) -> course(row))
                .list();
        List<ScoredResponse> responses = new ArrayList<>();
        handle.createQuery("SELECT " + RESPONSE_COLUMNS + " FROM prom_response"
                        + " WHERE clinic_id = :clinic AND patient_id = :patient AND instrument = :instrument"
                        + " ORDER BY created_at, id")
                .bind("clinic", clinicId)
                .bind("patient", patientId)
                .bind("instrument", instrument.id())
                .map((row, context) -> {
                    ScoredResponse response = response(row, instrument);
                    if (response != null) {
                        responses.add(response);
                    }
                    return 0;
                })
                .list();
        handle.createUpdate("DELETE FROM course_outcome WHERE clinic_id = :clinic AND instrument = :instrument AND"
                        + " course_id IN (SELECT id FROM treatment_course WHERE clinic_id = :clinic"
                        + " AND patient_id = :patient)")
                .bind("clinic", clinicId)
                .bind("instrument", instrument.id())
                .bind("patient", patientId)
                .execute();
        try (Batch batch = new Batch(handle.getConnection())) {
            for (CourseRow course : courses) {
                write(batch, clinicId, instrument, course, responses);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not store course outcomes", e);
        }
    }

    /** Copies a changed course's clinician and status to its outcome rows (its option, region and start never change). */
    public void courseChanged(
            Handle handle, String clinicId, String courseId, Optional<String> clinicianId, String status) {
        handle.createUpdate("UPDATE course_outcome SET clinician_id = :clinician, status = :status"
                        + " WHERE clinic_id = :clinic AND course_id = :course")
                .bind("clinician", clinicianId.orElse(null))
                .bind("status", status)
                .bind("clinic", clinicId)
                .bind("course", courseId)
                .execute();
    }

    /**
     * Recomputes every course outcome of a clinic in one pass over its responses, ordered by patient and read with a
     * cursor, so memory holds one patient's responses at a time plus the clinic's course list.
     *
     * @return how many course outcomes were written
     */
    public int rebuildClinic(Handle handle, String clinicId) {
        handle.createUpdate("DELETE FROM course_outcome WHERE clinic_id = :clinic")
                .bind("clinic", clinicId)
                .execute();
        Map<String, List<CourseRow>> coursesByPatient = new HashMap<>();
        handle.createQuery("SELECT " + COURSE_COLUMNS + " FROM treatment_course WHERE clinic_id = :clinic")
                .bind("clinic", clinicId)
                .map((row, context) -> {
                    coursesByPatient
                            .computeIfAbsent(row.getString("patient_id"), key -> new ArrayList<>())
                            .add(course(row));
                    return 0;
                })
                .list();
        Connection connection = handle.getConnection();
        String sql = "SELECT patient_id, instrument, " + RESPONSE_COLUMNS + " FROM prom_response"
                + " WHERE clinic_id = ? ORDER BY patient_id, instrument, created_at, id";
        try (PreparedStatement query = connection.prepareStatement(sql);
                Batch batch = new Batch(connection)) {
            query.setFetchSize(2_000);
            query.setString(1, clinicId);
            try (ResultSet row = query.executeQuery()) {
                String patient = null;
                Map<Instrument, List<ScoredResponse>> responses = new EnumMap<>(Instrument.class);
                while (row.next()) {
                    String rowPatient = row.getString("patient_id");
                    if (!rowPatient.equals(patient)) {
                        writePatient(batch, clinicId, coursesByPatient.remove(patient), responses);
                        patient = rowPatient;
                        responses = new EnumMap<>(Instrument.class);
                    }
                    Optional<Instrument> instrument = Coded.fromId(Instrument.class, row.getString("instrument"));
                    if (instrument.isPresent()
                            && ResponderRule.of(instrument.get()).isPresent()) {
                        ScoredResponse response = response(row, instrument.get());
                        if (response != null) {
                            responses
                                    .computeIfAbsent(instrument.get(), key -> new ArrayList<>())
                                    .add(response);
                        }
                    }
                }
                writePatient(batch, clinicId, coursesByPatient.remove(patient), responses);
            }
            // Courses of patients who have answered nothing yet still count as started.
            for (List<CourseRow> courses : coursesByPatient.values()) {
                writePatient(batch, clinicId, courses, Map.of());
            }
            return batch.written();
        } catch (SQLException e) {
            throw new IllegalStateException("could not rebuild course outcomes", e);
        }
    }

    private static void writePatient(
            Batch batch, String clinicId, List<CourseRow> courses, Map<Instrument, List<ScoredResponse>> responses)
            throws SQLException {
        if (courses == null) {
            return;
        }
        for (CourseRow course : courses) {
            for (Instrument instrument : analysedInstruments()) {
                write(batch, clinicId, instrument, course, responses.getOrDefault(instrument, List.of()));
            }
        }
    }

    /** Writes the course's row for the instrument when its schedule asks for it, even with no responses yet. */
    private static void write(
            Batch batch, String clinicId, Instrument instrument, CourseRow course, List<ScoredResponse> responses)
            throws SQLException {
        if (!PromSchedule.instrumentsFor(course.region()).contains(instrument)) {
            return;
        }
        CourseOutcome outcome = CourseOutcomes.summarise(instrument, course.id(), course.start(), responses);
        batch.add(clinicId, instrument.id(), course, OutcomeColumns.values(outcome));
    }

    private static CourseRow course(ResultSet row) throws SQLException {
        return new CourseRow(
                row.getString("id"),
                row.getString("option_id"),
                region(row.getString("region")),
                row.getString("clinician_id"),
                row.getObject("start_date", LocalDate.class),
                row.getString("status"));
    }

    /** A response as outcome figures read it; null for a ZCQ without a symptom-severity value (nothing to compare). */
    private static ScoredResponse response(ResultSet row, Instrument instrument) throws SQLException {
        BigDecimal value =
                instrument == Instrument.ZCQ ? row.getBigDecimal("symptom_severity") : row.getBigDecimal("score");
        if (value == null) {
            return null;
        }
        Scores scores = instrument == Instrument.ZCQ
                ? Scores.zcq(value, row.getBigDecimal("physical_function"))
                : Scores.of(value);
        Timepoint timepoint = Coded.fromId(Timepoint.class, row.getString("timepoint"))
                .orElseThrow(() -> new IllegalStateException("unknown stored time point"));
        return new ScoredResponse(
                Optional.ofNullable(row.getString("course_id")),
                timepoint,
                row.getBoolean("outside_window"),
                row.getObject("taken_on", LocalDate.class),
                scores);
    }

    private static SpinalRegion region(String id) {
        return Coded.fromId(SpinalRegion.class, id)
                .orElseThrow(() -> new IllegalStateException("unknown stored region " + id));
    }

    private record CourseRow(
            String id, String optionId, SpinalRegion region, String clinicianId, LocalDate start, String status) {}

    /** Inserts in batches of {@value #BATCH} rows on the caller's connection. */
    private static final class Batch implements AutoCloseable {

        private final PreparedStatement insert;
        private int pending;
        private int written;

        Batch(Connection connection) throws SQLException {
            this.insert = connection.prepareStatement(INSERT);
        }

        void add(String clinicId, String instrument, CourseRow course, Object[] values) throws SQLException {
            insert.setString(1, course.id());
            insert.setString(2, instrument);
            insert.setString(3, clinicId);
            insert.setString(4, course.optionId());
            insert.setString(5, course.region().id());
            insert.setString(6, course.clinicianId());
            insert.setObject(7, course.start());
            insert.setString(8, course.status());
            for (int index = 0; index < values.length; index++) {
                int parameter = 9 + index;
                if (values[index] != null) {
                    insert.setObject(parameter, values[index]);
                } else if (OutcomeColumns.NAMES.get(index).endsWith("_day")) {
                    insert.setNull(parameter, Types.INTEGER);
                } else {
                    insert.setNull(parameter, Types.DECIMAL);
                }
            }
            insert.addBatch();
            pending++;
            if (pending == BATCH) {
                flush();
            }
        }

        int written() throws SQLException {
            flush();
            return written;
        }

        private void flush() throws SQLException {
            if (pending > 0) {
                insert.executeBatch();
                written += pending;
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                flush();
            } finally {
                insert.close();
            }
        }
    }
}
