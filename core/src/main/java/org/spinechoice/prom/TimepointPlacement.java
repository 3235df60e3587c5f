package org.spinechoice.prom;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * Places a response at a time point as {@code spec/proms.md} (time points and courses) says. Stateless and
 * thread-safe.
 *
 * <p>Days are calendar days from the course start, which is day 0. A response taken before the course starts has a
 * negative day; "on or before day 14" includes it, so it is a baseline: the questionnaire filled in at the visit where
 * the treatment was planned is the usual baseline. There is no earliest day, because the course's baseline is the
 * latest one anyway ({@link CourseBaseline}).
 */
public final class TimepointPlacement {

    /** The last course day on which a response counts as a baseline. */
    public static final int BASELINE_LAST_DAY = 14;

    private TimepointPlacement() {}

    /** The course day of {@code takenOn}: 0 on the start date, negative before it. */
    public static long courseDay(LocalDate courseStart, LocalDate takenOn) {
        return ChronoUnit.DAYS.between(courseStart, takenOn);
    }

    /**
     * The time point to store a response under.
     *
     * <ul>
     *   <li>A stated time point is kept, and flagged {@code outsideWindow} when the date does not fit it: a
     *       {@code baseline} after day 14, a follow-up outside its window; {@code other} is never flagged. Without a
     *       course there are no days to check, so it is not flagged: the flag states that the date falls outside,
     *       which cannot be known.
     *   <li>Without a stated time point and with a course: {@code baseline} on or before day 14, a follow-up inside
     *       its window, {@code other} elsewhere. Without a course: {@code other}. Never flagged.
     * </ul>
     *
     * @param courseStart the start date of the course the response names, if it names one
     * @param stated the time point sent with the response, if one was sent
     */
    public static PlacedTimepoint place(
            LocalDate takenOn, Optional<LocalDate> courseStart, Optional<Timepoint> stated) {
        Objects.requireNonNull(takenOn, "takenOn");
        Objects.requireNonNull(courseStart, "courseStart");
        Objects.requireNonNull(stated, "stated");
        Optional<Long> day = courseStart.map(start -> courseDay(start, takenOn));
        if (stated.isPresent()) {
            Timepoint timepoint = stated.get();
            return new PlacedTimepoint(
                    timepoint, day.map(courseDay -> !timepoint.fits(courseDay)).orElse(false));
        }
        return new PlacedTimepoint(day.map(TimepointPlacement::byDay).orElse(Timepoint.OTHER), false);
    }

    /** The baseline or the follow-up whose days include {@code courseDay}; the windows do not overlap. */
    private static Timepoint byDay(long courseDay) {
        for (Timepoint timepoint : Timepoint.values()) {
            if (timepoint != Timepoint.OTHER && timepoint.fits(courseDay)) {
                return timepoint;
            }
        }
        return Timepoint.OTHER;
    }
}
