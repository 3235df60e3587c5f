package org.spinechoice.outcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.spinechoice.prom.CourseBaseline;
import org.spinechoice.prom.FollowUpWindow;
import org.spinechoice.prom.Instrument;
import org.spinechoice.prom.ResponderRule;
import org.spinechoice.prom.TimedResponse;
import org.spinechoice.prom.Timepoint;
import org.spinechoice.prom.TimepointPlacement;

/**
 * Reduces a course's responses to one instrument to its {@link CourseOutcome}. Stateless and thread-safe.
 *
 * <p>The choices, each the reading of {@code spec/proms.md} that keeps figures honest (ADR 0010):
 *
 * <ul>
 *   <li>The baseline is the course baseline of the spec: the patient's latest {@code baseline} response taken no
 *       later than day 14, from this course, another or none.
 *   <li>A follow-up counts for a course only when it was recorded for that course. At a time point, only responses
 *       stored under it and inside its window count; of several, the one nearest the target day (on a tie, the one
 *       received later).
 *   <li>Time to response looks at every response recorded for the course after day 14, whatever its time point (a
 *       response at day 250 still tells us whether the patient had responded by then). The last of them is where a
 *       patient who never responded is censored.
 * </ul>
 */
public final class CourseOutcomes {

    private CourseOutcomes() {}

    /**
     * @param responses the patient's responses to {@code instrument}, in the order they were received
     */
    public static CourseOutcome summarise(
            Instrument instrument, String courseId, LocalDate courseStart, List<ScoredResponse> responses) {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(courseId, "courseId");
        Objects.requireNonNull(courseStart, "courseStart");
        Optional<Scores> baseline = baseline(courseStart, responses);
        List<ScoredResponse> ofCourse = new ArrayList<>();
        for (ScoredResponse response : responses) {
            boolean afterBaselineDays = TimepointPlacement.courseDay(courseStart, response.takenOn())
                    > TimepointPlacement.BASELINE_LAST_DAY;
            if (response.courseId().filter(courseId::equals).isPresent()
                    && afterBaselineDays
                    && response.timepoint() != Timepoint.BASELINE) {
                ofCourse.add(response);
            }
        }
        Map<Timepoint, Scores> followUps = followUps(courseStart, ofCourse);
        OptionalInt lastDay = ofCourse.stream()
                .mapToInt(response -> day(courseStart, response))
                .max();
        OptionalInt firstResponse = baseline.flatMap(base ->
                        ResponderRule.of(instrument).map(rule -> firstResponseDay(rule, base, courseStart, ofCourse)))
                .orElse(OptionalInt.empty());
        return new CourseOutcome(baseline, followUps, firstResponse, lastDay);
    }

    private static Optional<Scores> baseline(LocalDate courseStart, List<ScoredResponse> responses) {
        List<TimedResponse<Integer>> timed = new ArrayList<>();
        for (int index = 0; index < responses.size(); index++) {
            ScoredResponse response = responses.get(index);
            timed.add(new TimedResponse<>(index, response.timepoint(), response.takenOn()));
        }
        return CourseBaseline.choose(timed, courseStart)
                .map(chosen -> responses.get(chosen.id()).scores());
    }

    private static Map<Timepoint, Scores> followUps(LocalDate courseStart, List<ScoredResponse> ofCourse) {
        Map<Timepoint, Scores> chosen = new EnumMap<>(Timepoint.class);
        Map<Timepoint, Integer> distance = new EnumMap<>(Timepoint.class);
        for (ScoredResponse response : ofCourse) {
            Optional<FollowUpWindow> window = response.timepoint().window();
            if (window.isEmpty() || response.outsideWindow()) {
                continue;
            }
            int day = day(courseStart, response);
            if (!window.get().contains(day)) {
                continue;
            }
            int fromTarget = Math.abs(day - window.get().targetDay());
            Integer best = distance.get(response.timepoint());
            if (best == null || fromTarget <= best) {
                chosen.put(response.timepoint(), response.scores());
                distance.put(response.timepoint(), fromTarget);
            }
        }
        return chosen;
    }

    private static OptionalInt firstResponseDay(
            ResponderRule rule, Scores baseline, LocalDate courseStart, List<ScoredResponse> ofCourse) {
        OptionalInt first = OptionalInt.empty();
        for (ScoredResponse response : ofCourse) {
            if (Responders.isResponse(rule, baseline, response.scores()).orElse(false)) {
                int day = day(courseStart, response);
                if (first.isEmpty() || day < first.getAsInt()) {
                    first = OptionalInt.of(day);
                }
            }
        }
        return first;
    }

    private static int day(LocalDate courseStart, ScoredResponse response) {
        return Math.toIntExact(TimepointPlacement.courseDay(courseStart, response.takenOn()));
    }
}
