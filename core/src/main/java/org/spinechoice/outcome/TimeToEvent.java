package org.spinechoice.outcome;

/**
 * One patient's time in a time-to-event analysis: the day the event happened or, when it has not (yet), the last
 * day they were seen, after which we do not know (censored).
 */
public record TimeToEvent(int day, boolean event) {

    public TimeToEvent {
        if (day < 0) {
            throw new IllegalArgumentException("a time is a day count of 0 or more: " + day);
        }
    }

    public static TimeToEvent event(int day) {
        return new TimeToEvent(day, true);
    }

    public static TimeToEvent censored(int day) {
        return new TimeToEvent(day, false);
    }
}
