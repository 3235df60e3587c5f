package org.spinechoice.evidence;

import org.spinechoice.vocabulary.Coded;

/** How long an option usually takes before any effect can be expected. */
public enum TimeToEffect implements Coded {
    DAYS("days"),
    WEEKS("weeks"),
    MONTHS("months");

    private final String id;

    TimeToEffect(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
