package org.spinechoice.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.spinechoice.prom.Timepoint;

/** Course outcomes for tests, written as plainly as the examples they stand for. */
final class Courses {

    static final LocalDate START = LocalDate.of(2026, 1, 5);

    private Courses() {}

    static Scores score(double value) {
        return Scores.of(BigDecimal.valueOf(value));
    }

    /** A course with a baseline and one follow-up at {@code timepoint}, first responding on {@code responseDay}. */
    static CourseOutcome course(
            double baseline, Timepoint timepoint, double followUp, Integer responseDay, int lastDay) {
        Map<Timepoint, Scores> followUps = new EnumMap<>(Timepoint.class);
        followUps.put(timepoint, score(followUp));
        return new CourseOutcome(
                Optional.of(score(baseline)),
                followUps,
                responseDay == null ? OptionalInt.empty() : OptionalInt.of(responseDay),
                OptionalInt.of(lastDay));
    }

    static CourseOutcome withoutFollowUp(double baseline) {
        return new CourseOutcome(Optional.of(score(baseline)), Map.of(), OptionalInt.empty(), OptionalInt.empty());
    }

    static CourseOutcome withoutBaseline() {
        return new CourseOutcome(Optional.empty(), Map.of(), OptionalInt.empty(), OptionalInt.empty());
    }
}
