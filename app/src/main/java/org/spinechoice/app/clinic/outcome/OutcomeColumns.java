package org.spinechoice.app.clinic.outcome;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.spinechoice.outcome.CourseOutcome;
import org.spinechoice.outcome.Scores;
import org.spinechoice.prom.Timepoint;

/** How a {@link CourseOutcome} maps to the columns of {@code course_outcome}: one place for both directions. */
final class OutcomeColumns {

    /** The follow-up time points in the order of their columns in {@link #NAMES}. */
    static final List<Timepoint> FOLLOW_UPS =
            List.of(Timepoint.SIX_WEEKS, Timepoint.THREE_MONTHS, Timepoint.SIX_MONTHS, Timepoint.TWELVE_MONTHS);

    static final List<String> NAMES = List.of(
            "baseline_value",
            "baseline_function",
            "value_6w",
            "function_6w",
            "value_3m",
            "function_3m",
            "value_6m",
            "function_6m",
            "value_12m",
            "function_12m",
            "first_response_day",
            "last_follow_up_day");

    private OutcomeColumns() {}

    /** The values in the order of {@link #NAMES}; nulls where the outcome has none. */
    static Object[] values(CourseOutcome outcome) {
        Object[] values = new Object[NAMES.size()];
        outcome.baseline().ifPresent(scores -> put(values, 0, scores));
        put(values, 2, outcome.followUp(Timepoint.SIX_WEEKS));
        put(values, 4, outcome.followUp(Timepoint.THREE_MONTHS));
        put(values, 6, outcome.followUp(Timepoint.SIX_MONTHS));
        put(values, 8, outcome.followUp(Timepoint.TWELVE_MONTHS));
        values[10] = outcome.firstResponseDay().isPresent()
                ? outcome.firstResponseDay().getAsInt()
                : null;
        values[11] = outcome.lastFollowUpDay().isPresent()
                ? outcome.lastFollowUpDay().getAsInt()
                : null;
        return values;
    }

    /**
     * The outcome in the current row, whose columns from {@code first} on are {@link #NAMES} in order. Read by
     * position: looking columns up by name cost more than the rest of the read at 100,000 courses.
     */
    static CourseOutcome read(ResultSet row, int first) throws SQLException {
        Optional<Scores> baseline = scores(row, first);
        Map<Timepoint, Scores> followUps = new EnumMap<>(Timepoint.class);
        int column = first + 2;
        for (Timepoint timepoint : FOLLOW_UPS) {
            Optional<Scores> scores = scores(row, column);
            if (scores.isPresent()) {
                followUps.put(timepoint, scores.get());
            }
            column += 2;
        }
        return new CourseOutcome(baseline, followUps, day(row, column), day(row, column + 1));
    }

    private static void put(Object[] values, int at, Optional<Scores> scores) {
        scores.ifPresent(present -> put(values, at, present));
    }

    private static void put(Object[] values, int at, Scores scores) {
        values[at] = scores.value();
        values[at + 1] = scores.physicalFunction().orElse(null);
    }

    private static Optional<Scores> scores(ResultSet row, int valueColumn) throws SQLException {
        BigDecimal primary = row.getBigDecimal(valueColumn);
        if (primary == null) {
            return Optional.empty();
        }
        return Optional.of(new Scores(primary, Optional.ofNullable(row.getBigDecimal(valueColumn + 1))));
    }

    private static OptionalInt day(ResultSet row, int column) throws SQLException {
        int day = row.getInt(column);
        return row.wasNull() ? OptionalInt.empty() : OptionalInt.of(day);
    }
}
