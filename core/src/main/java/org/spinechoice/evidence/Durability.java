package org.spinechoice.evidence;

import org.spinechoice.vocabulary.Coded;

/** How long an effect is known to last, or {@code unknown}. */
public enum Durability implements Coded {
    WEEKS("weeks"),
    MONTHS("months"),
    YEARS("years"),
    UNKNOWN("unknown");

    private final String id;

    Durability(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
