package org.spinechoice.outcome;

/**
 * One row of a Kaplan–Meier table: a day on which something happened.
 *
 * @param day the day
 * @param atRisk patients still without the event and still followed just before this day
 * @param events patients with the event on this day
 * @param censored patients last seen on this day without it
 * @param survival the estimated share still without the event after this day
 * @param standardError Greenwood's standard error of {@code survival}
 * @param ci the 95% interval of {@code survival} (Greenwood variance on the log(−log) scale)
 */
public record SurvivalStep(
        int day, int atRisk, int events, int censored, double survival, double standardError, Interval ci) {

    /** The estimated share who had the event by this day: what a "time to response" curve shows. */
    public double cumulative() {
        return 1 - survival;
    }

    /** The interval of {@link #cumulative()}. */
    public Interval cumulativeCi() {
        return new Interval(1 - ci.upper(), 1 - ci.lower());
    }
}
