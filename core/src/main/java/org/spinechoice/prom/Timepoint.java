package org.spinechoice.prom;

import java.util.Optional;
import org.spinechoice.vocabulary.Coded;

/**
 * When in a course a response was taken ({@code spec/proms.md}, time points and courses): {@code baseline}, the
 * follow-ups {@code 6w}, {@code 3m}, {@code 6m} and {@code 12m}, each with its window of days from the course start,
 * or {@code other}. Days are counted from the course start, which is day 0.
 */
public enum Timepoint implements Coded {
    /** On or before day 14, including days before the course starts. */
    BASELINE("baseline", Optional.empty()),
    /** Six weeks: day 42 +/- 14, so days 28-56. */
    SIX_WEEKS("6w", Optional.of(new FollowUpWindow(42, 14))),
    /** Three months: day 91 +/- 28, so days 63-119. */
    THREE_MONTHS("3m", Optional.of(new FollowUpWindow(91, 28))),
    /** Six months: day 182 +/- 42, so days 140-224. */
    SIX_MONTHS("6m", Optional.of(new FollowUpWindow(182, 42))),
    /** Twelve months: day 365 +/- 42, so days 323-407. */
    TWELVE_MONTHS("12m", Optional.of(new FollowUpWindow(365, 42))),
    /** Any day; the time point of a response that fits no other, or of one taken outside a course. */
    OTHER("other", Optional.empty());

    private final String id;
    private final Optional<FollowUpWindow> window;

    Timepoint(String id, Optional<FollowUpWindow> window) {
        this.id = id;
        this.window = window;
    }

    @Override
    public String id() {
        return id;
    }

    /** The window of a follow-up; empty for {@code baseline} and {@code other}, which have no target day. */
    public Optional<FollowUpWindow> window() {
        return window;
    }

    /**
     * Whether a response taken on {@code courseDay} belongs at this time point: baseline on or before day 14, a
     * follow-up inside its window, {@code other} on any day.
     */
    public boolean fits(long courseDay) {
        if (this == BASELINE) {
            return courseDay <= TimepointPlacement.BASELINE_LAST_DAY;
        }
        return window.map(days -> days.contains(courseDay)).orElse(true);
    }
}
