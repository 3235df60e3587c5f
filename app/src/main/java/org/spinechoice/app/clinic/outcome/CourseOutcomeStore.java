package org.spinechoice.app.clinic.outcome;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
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

    private static final String INSERT = "INSERT INTO course_outcome (course_id, instrument, clinic_id, "
            + String.join(", ", OutcomeColumns.NAMES) + ") VALUES (?, ?, ?"
            + ", ?".repeat(OutcomeColumns.NAMES.size()) + ")";
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
        List<CourseStart> courses = handle.createQuery(
                        "SELECT id, start_date, region FROM treatment_course WHERE clinic_id = :clinic"
                                + " AND patient_id = :patient")
                .bind("clinic", clinicId)
                .bind("patient", patientId)
                .map((row, context) -> new CourseStart(
                        row.getString("id"),
                        row.getObject("start_date", LocalDate.class),
                        region(row.getString("region"))))
                .list();
        List<ScoredResponse> responses = handle.createQuery("SELECT " + RESPONSE_COLUMNS + " FROM prom_response"
                        + " WHERE clinic_id = :clinic AND patient_id = :patient AND instrument = :instrument"
                        + " ORDER BY created_at, id")
                .bind("clinic", clinicId)
                .bind("patient", patientId)
                .bind("instrument", instrument.id())
                .map((row, context) -> response(row, instrument))
                .list();
        handle.createUpdate("DELETE FROM course_outcome WHERE clinic_id = :clinic AND instrument = :instrument AND"
                        + " course_id IN (SELECT id FROM treatment_course WHERE clinic_id = :clinic"
                        + " AND patient_id = :patient)")
                .bind("clinic", clinicId)
                .bind("instrument", instrument.id())
                .bind("patient", patientId)
                .execute();
        try (Batch batch = new Batch(handle.getConnection())) {
            write(
                    batch,
                    clinicId,
                    instrument,
                    courses,
                    responses.stream().filter(r -> r != null).toList());
        } catch (SQLException e) {
            throw new IllegalStateException("could not store course outcomes", e);
        }
    }

    /**
     * Recomputes every course outcome of a clinic in one pass over its responses, ordered by patient and instrument
     * and read with a cursor, so memory holds one patient's responses at a time plus the clinic's course list.
     *
     * @return how many course outcomes were written
     */
    public int rebuildClinic(Handle handle, String clinicId) {
        handle.createUpdate("DELETE FROM course_outcome WHERE clinic_id = :clinic")
                .bind("clinic", clinicId)
                .execute();
        Map<String, List<CourseStart>> coursesByPatient = new HashMap<>();
        handle.createQuery("SELECT patient_id, id, start_date, region FROM treatment_course WHERE clinic_id = :clinic")
                .bind("clinic", clinicId)
                .map((row, context) -> {
                    coursesByPatient
                            .computeIfAbsent(row.getString("patient_id"), key -> new ArrayList<>())
                            .add(new CourseStart(
                                    row.getString("id"),
                                    row.getObject("start_date", LocalDate.class),
                                    region(row.getString("region"))));
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
                Instrument instrument = null;
                List<ScoredResponse> group = new ArrayList<>();
                while (row.next()) {
                    String rowPatient = row.getString("patient_id");
                    Optional<Instrument> rowInstrument = Coded.fromId(Instrument.class, row.getString("instrument"));
                    if (!rowPatient.equals(patient) || rowInstrument.orElse(null) != instrument) {
                        flush(batch, clinicId, instrument, coursesByPatient.get(patient), group);
                        patient = rowPatient;
                        instrument = rowInstrument.orElse(null);
                        group = new ArrayList<>();
                    }
                    if (instrument != null && ResponderRule.of(instrument).isPresent()) {
                        ScoredResponse response = response(row, instrument);
                        if (response != null) {
                            group.add(response);
                        }
                    }
                }
                flush(batch, clinicId, instrument, coursesByPatient.get(patient), group);
            }
            return batch.written();
        } catch (SQLException e) {
            throw new IllegalStateException("could not rebuild course outcomes", e);
        }
    }

    private static void flush(
            Batch batch, String clinicId, Instrument instrument, List<CourseStart> courses, List<ScoredResponse> group)
            throws SQLException {
        if (instrument != null && courses != null && !group.isEmpty()) {
            write(batch, clinicId, instrument, courses, group);
        }
    }

    private static void write(
            Batch batch,
            String clinicId,
            Instrument instrument,
            List<CourseStart> courses,
            List<ScoredResponse> responses)
            throws SQLException {
        if (responses.isEmpty()) {
            return;
        }
        for (CourseStart course : courses) {
            if (!PromSchedule.instrumentsFor(course.region()).contains(instrument)) {
                continue;
            }
            CourseOutcome outcome = CourseOutcomes.summarise(instrument, course.id(), course.start(), responses);
            if (outcome.baseline().isPresent()
                    || !outcome.followUps().isEmpty()
                    || outcome.lastFollowUpDay().isPresent()) {
                batch.add(course.id(), instrument.id(), clinicId, OutcomeColumns.values(outcome));
            }
        }
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

    private record CourseStart(String id, LocalDate start, SpinalRegion region) {}

    /** Inserts in batches of {@value #BATCH} rows on the caller's connection. */
    private static final class Batch implements AutoCloseable {

        private final PreparedStatement insert;
        private int pending;
        private int written;

        Batch(Connection connection) throws SQLException {
            this.insert = connection.prepareStatement(INSERT);
        }

        void add(String courseId, String instrument, String clinicId, Object[] values) throws SQLException {
            insert.setString(1, courseId);
            insert.setString(2, instrument);
            insert.setString(3, clinicId);
            for (int index = 0; index < values.length; index++) {
                int parameter = 4 + index;
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
