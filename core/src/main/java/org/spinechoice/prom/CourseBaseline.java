package org.spinechoice.prom;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Chooses a course's baseline for one instrument ({@code spec/proms.md}, time points and courses): the patient's
 * latest {@code baseline} response taken no later than day 14 of the course. Stateless and thread-safe.
 */
public final class CourseBaseline {

    private CourseBaseline() {}

    /**
     * The baseline of the course that starts on {@code courseStart}, or empty when there is none.
     *
     * <p>{@code responses} are the patient's responses to one instrument, from any course or none: a baseline taken
     * before a course was recorded still counts. A {@code baseline} taken after day 14 (stored with
     * {@code outsideWindow}) does not. Of two baselines taken on the same day, the one later in the list wins, so pass
     * the responses in the order they were received.
     */
    public static <I> Optional<TimedResponse<I>> choose(List<TimedResponse<I>> responses, LocalDate courseStart) {
        Objects.requireNonNull(responses, "responses");
        Objects.requireNonNull(courseStart, "courseStart");
        TimedResponse<I> latest = null;
        for (TimedResponse<I> response : responses) {
            boolean counts = response.timepoint() == Timepoint.BASELINE
                    && TimepointPlacement.courseDay(courseStart, response.takenOn())
                            <= TimepointPlacement.BASELINE_LAST_DAY;
            if (counts && (latest == null || !response.takenOn().isBefore(latest.takenOn()))) {
                latest = response;
            }
        }
        return Optional.ofNullable(latest);
    }
}
