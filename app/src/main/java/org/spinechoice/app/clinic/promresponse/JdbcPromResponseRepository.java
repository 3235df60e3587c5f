package org.spinechoice.app.clinic.promresponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;
import org.spinechoice.app.clinic.course.JdbcCourseRepository;
import org.spinechoice.app.clinic.record.Columns;
import org.spinechoice.app.platform.DbTime;
import org.spinechoice.app.platform.Json;
import org.spinechoice.prom.Band;
import org.spinechoice.prom.Instrument;
import org.spinechoice.prom.PlacedTimepoint;
import org.spinechoice.prom.PromScore;
import org.spinechoice.prom.PromScoring;
import org.spinechoice.prom.SubscaleScore;
import org.spinechoice.prom.Timepoint;

/**
 * Questionnaire responses in the {@code prom_response} table: the answers as JSON text, and the score in columns that
 * outcomes analytics query. A response read back is scored again from its answers by the same rules, so the API
 * shows every member of the score, not only those with a column. Every query names the clinic in its {@code WHERE}
 * clause. Methods work in the caller's handle. Thread-safe.
 */
public final class JdbcPromResponseRepository {

    private static final TypeReference<Map<String, Integer>> ANSWERS = new TypeReference<>() {};
    private static final String COLUMNS = "id, patient_id, course_id, instrument, taken_on, timepoint, "
            + "outside_window, answers, questionnaire_version, source, created_at";
    private static final String INSERT = "INSERT INTO prom_response (" + COLUMNS + ", clinic_id, score, "
            + "score_percent, band, symptom_severity, physical_function, satisfaction) VALUES (:id, :patient, :course, "
            + ":instrument, :takenOn, :timepoint, :outsideWindow, :answers, :version, :source, :createdAt, :clinic, "
            + ":score, :percent, :band, :symptomSeverity, :physicalFunction, :satisfaction)";

    private final ObjectMapper json;

    public JdbcPromResponseRepository(ObjectMapper json) {
        this.json = json;
    }

    void insert(Handle handle, String clinicId, PromResponse response) {
        bindRow(handle.createUpdate(INSERT), clinicId, response).execute();
    }

    /**
     * Stores many responses as one JDBC batch in the caller's transaction, in the columns {@link #insert} uses, and
     * writes no audit entry: for bulk loads that write one entry of their own (the demo data).
     */
    public void insertAll(Handle handle, String clinicId, List<PromResponse> responses) {
        PreparedBatch batch = handle.prepareBatch(INSERT);
        for (PromResponse response : responses) {
            bindRow(batch, clinicId, response).add();
        }
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    private <S extends SqlStatement<S>> S bindRow(S statement, String clinicId, PromResponse response) {
        PromScore.Scored score = response.score();
        return statement
                .bind("id", response.id())
                .bind("patient", response.patientId())
                .bind("course", response.courseId().orElse(null))
                .bind("instrument", response.instrument().id())
                .bind("takenOn", response.takenOn())
                .bind("timepoint", response.timepoint().timepoint().id())
                .bind("outsideWindow", response.timepoint().outsideWindow())
                .bind("answers", Json.write(json, response.answers()))
                .bind("version", response.questionnaireVersion())
                .bind("source", response.source().id())
                .bind("createdAt", DbTime.utc(response.createdAt()))
                .bind("clinic", clinicId)
                .bind("score", score.score().orElse(null))
                .bind("percent", score.percent().orElse(null))
                .bind("band", score.band().map(Band::id).orElse(null))
                .bind("symptomSeverity", subscale(score, "symptom-severity"))
                .bind("physicalFunction", subscale(score, "physical-function"))
                .bind("satisfaction", subscale(score, "satisfaction"));
    }

    /** A patient's responses, newest first, to one instrument or to all. */
    public List<PromResponse> ofPatient(
            Handle handle, String clinicId, String patientId, Optional<Instrument> instrument) {
        Query select = handle.createQuery("SELECT " + COLUMNS + " FROM prom_response WHERE clinic_id = :clinic "
                        + "AND patient_id = :patient"
                        + instrument
                                .map(only -> " AND instrument = :instrument")
                                .orElse("")
                        + " ORDER BY taken_on DESC, created_at DESC, id")
                .bind("clinic", clinicId)
                .bind("patient", patientId);
        instrument.ifPresent(only -> select.bind("instrument", only.id()));
        return select.map((row, ctx) -> response(row)).list();
    }

    /**
     * For each planned or active course started on or after {@code startedFrom}, the responses its schedule may count:
     * the course's own, and the patient's baselines from any course or none ({@link CourseSchedule} decides). One
     * query for the whole clinic, keyed by course id; a course without such responses is absent.
     */
    Map<String, List<AnsweredTimepoint>> answeredForOpenCourses(Handle handle, String clinicId, LocalDate startedFrom) {
        Map<String, List<AnsweredTimepoint>> answered = new HashMap<>();
        handle.createQuery("SELECT c.id AS open_course, r.course_id, r.instrument, r.timepoint, r.taken_on "
                        + "FROM treatment_course c JOIN prom_response r ON r.clinic_id = c.clinic_id "
                        + "AND r.patient_id = c.patient_id WHERE c.clinic_id = :clinic AND "
                        + JdbcCourseRepository.OPEN_SINCE
                        + " AND (r.course_id = c.id OR r.timepoint = :baseline)")
                .bind("clinic", clinicId)
                .bind("startedFrom", startedFrom)
                .bind("baseline", Timepoint.BASELINE.id())
                .map((row, ctx) -> Map.entry(
                        row.getString("open_course"),
                        new AnsweredTimepoint(
                                Columns.optionalText(row, "course_id"),
                                Columns.code(Instrument.class, row.getString("instrument")),
                                Columns.code(Timepoint.class, row.getString("timepoint")),
                                Columns.date(row, "taken_on"))))
                .forEach(entry -> answered.computeIfAbsent(entry.getKey(), course -> new ArrayList<>())
                        .add(entry.getValue()));
        return answered;
    }

    private static BigDecimal subscale(PromScore.Scored score, String id) {
        return score.subscales().stream()
                .filter(subscale -> subscale.id().equals(id))
                .findFirst()
                .flatMap(SubscaleScore::mean)
                .orElse(null);
    }

    private PromResponse response(ResultSet row) throws SQLException {
        Instrument instrument = Columns.code(Instrument.class, row.getString("instrument"));
        Map<String, Integer> answers = answers(row.getString("answers"));
        PromScore score = PromScoring.score(instrument, answers);
        if (!(score instanceof PromScore.Scored scored)) {
            throw new IllegalStateException("a stored " + instrument.id() + " response no longer scores");
        }
        return new PromResponse(
                row.getString("id"),
                row.getString("patient_id"),
                Columns.optionalText(row, "course_id"),
                instrument,
                Columns.date(row, "taken_on"),
                new PlacedTimepoint(
                        Columns.code(Timepoint.class, row.getString("timepoint")), row.getBoolean("outside_window")),
                answers,
                scored,
                row.getString("questionnaire_version"),
                Columns.code(ResponseSource.class, row.getString("source")),
                DbTime.read(row, "created_at"));
    }

    private Map<String, Integer> answers(String stored) {
        try {
            return json.readValue(stored, ANSWERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored answers are not JSON", e);
        }
    }
}
