package org.spinechoice.app.clinic.outcome;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.spinechoice.outcome.CourseOutcome;
import org.spinechoice.prom.Instrument;
import org.spinechoice.prom.PromSchedule;
import org.spinechoice.vocabulary.Coded;
import org.spinechoice.vocabulary.OptionId;
import org.spinechoice.vocabulary.SpinalRegion;

/**
 * Reads the course outcomes the figures are made from: one row per started course of the clinic that asks for the
 * instrument, with its {@code course_outcome} row when it has one. Scoped by clinic in SQL.
 */
public final class JdbcOutcomeRepository {

    /**
     * The course outcomes by option, in no particular order of options. Courses still {@code planned} have not
     * started and are left out; courses in a region whose schedule does not ask for the instrument are too.
     */
    public Map<OptionId, List<CourseOutcome>> byOption(
            Handle handle, String clinicId, Instrument instrument, OutcomeFilter filter) {
        List<String> regions = new ArrayList<>();
        for (SpinalRegion region : SpinalRegion.values()) {
            if (PromSchedule.instrumentsFor(region).contains(instrument)
                    && filter.region().map(region::equals).orElse(true)) {
                regions.add(region.id());
            }
        }
        Map<OptionId, List<CourseOutcome>> byOption = new LinkedHashMap<>();
        if (regions.isEmpty()) {
            return byOption;
        }
        StringBuilder sql = new StringBuilder("SELECT c.option_id, ");
        for (String column : OutcomeColumns.NAMES) {
            sql.append("o.").append(column).append(", ");
        }
        sql.setLength(sql.length() - 2);
        sql.append(" FROM treatment_course c LEFT JOIN course_outcome o ON o.course_id = c.id")
                .append(" AND o.instrument = :instrument")
                .append(" WHERE c.clinic_id = :clinic AND c.status <> 'planned' AND c.region IN (<regions>)");
        filter.clinicianId().ifPresent(id -> sql.append(" AND c.clinician_id = :clinician"));
        filter.from().ifPresent(from -> sql.append(" AND c.start_date >= :from"));
        filter.to().ifPresent(to -> sql.append(" AND c.start_date <= :to"));
        Query query = handle.createQuery(sql.toString())
                .bind("instrument", instrument.id())
                .bind("clinic", clinicId)
                .bindList("regions", regions);
        filter.clinicianId().ifPresent(id -> query.bind("clinician", id));
        filter.from().ifPresent(from -> query.bind("from", from));
        filter.to().ifPresent(to -> query.bind("to", to));
        query.setFetchSize(5_000)
                .map((row, context) -> {
                    OptionId option = Coded.fromId(OptionId.class, row.getString("option_id"))
                            .orElseThrow(() -> new IllegalStateException("unknown stored option"));
                    byOption.computeIfAbsent(option, key -> new ArrayList<>()).add(OutcomeColumns.read(row));
                    return option;
                })
                .forEach(option -> {});
        return byOption;
    }

    /** Whether {@code userId} is a member of the clinic's staff. */
    public boolean isClinicStaff(Handle handle, String clinicId, String userId) {
        return handle.createQuery("SELECT COUNT(*) FROM app_user WHERE clinic_id = :clinic AND id = :user")
                        .bind("clinic", clinicId)
                        .bind("user", userId)
                        .mapTo(Integer.class)
                        .one()
                > 0;
    }
}
