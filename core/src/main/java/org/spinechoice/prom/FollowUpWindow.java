package org.spinechoice.prom;

/**
 * The days of a course on which a follow-up time point may be taken: the target day, counted from the course start
 * (day 0), plus or minus a tolerance, both ends included ({@code spec/proms.md}, time points and courses).
 */
public record FollowUpWindow(int targetDay, int toleranceDays) {

    public FollowUpWindow {
        if (toleranceDays < 0 || targetDay - toleranceDays <= TimepointPlacement.BASELINE_LAST_DAY) {
            throw new IllegalArgumentException("a follow-up window lies after the baseline days and has a tolerance"
                    + " of 0 or more, got day " + targetDay + " +/- " + toleranceDays);
        }
    }

    /** The first day inside the window. */
    public int firstDay() {
        return targetDay - toleranceDays;
    }

    /** The last day inside the window. */
    public int lastDay() {
        return targetDay + toleranceDays;
    }

    /** Whether {@code courseDay} lies inside the window, ends included. */
    public boolean contains(long courseDay) {
        return courseDay >= firstDay() && courseDay <= lastDay();
    }
}
