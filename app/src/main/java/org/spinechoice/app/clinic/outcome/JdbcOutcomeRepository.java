package org.spinechoice.app.clinic.outcome;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.spinechoice.outcome.CourseOutcome;
import org.spinechoice.prom.Instrument;
import org.spinechoice.prom.PromSchedule;
import org.spinechoice.vocabulary.OptionId;
import org.spinechoice.vocabulary.SpinalRegion;

/**
 * Reads the course outcomes the figures are made from: the {@code course_outcome} row of every started course of the
 * clinic that asks for the instrument (each such course has one, answered or not). One table, scoped by clinic in SQL.
 */
public final class JdbcOutcomeRepository {

    private static final Map<String, OptionId> OPTIONS = optionsById();

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
        StringBuilder sql = new StringBuilder("SELECT option_id, ");
        sql.append(String.join(", ", OutcomeColumns.NAMES));
        sql.append(" FROM course_outcome WHERE clinic_id = :clinic AND instrument = :instrument")
                .append(" AND status <> 'planned' AND region IN (<regions>)");
        filter.clinicianId().ifPresent(id -> sql.append(" AND clinician_id = :clinician"));
        filter.from().ifPresent(from -> sql.append(" AND start_date >= :from"));
        filter.to().ifPresent(to -> sql.append(" AND start_date <= :to"));
        Query query = handle.createQuery(sql.toString())
                .bind("instrument", instrument.id())
                .bind("clinic", clinicId)
                .bindList("regions", regions);
        filter.clinicianId().ifPresent(id -> query.bind("clinician", id));
        filter.from().ifPresent(from -> query.bind("from", from));
        filter.to().ifPresent(to -> query.bind("to", to));
        query.setFetchSize(5_000)
                .map((row, context) -> {
                    OptionId option = OPTIONS.get(row.getString(1));
                    if (option == null) {
                        throw new IllegalStateException("unknown stored option " + row.getString(1));
                    }
                    byOption.computeIfAbsent(option, key -> new ArrayList<>()).add(OutcomeColumns.read(row, 2));
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

    private static Map<String, OptionId> optionsById() {
        Map<String, OptionId> options = new HashMap<>();
        for (OptionId option : OptionId.values()) {
            options.put(option.id(), option);
        }
        return Map.copyOf(options);
    }
}
