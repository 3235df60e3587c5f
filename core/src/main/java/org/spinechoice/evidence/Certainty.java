package org.spinechoice.evidence;

import org.spinechoice.vocabulary.Coded;

/** How sure we can be of an effect: the GRADE certainty the source gave, or {@code none} when no study exists. */
public enum Certainty implements Coded {
    HIGH("high"),
    MODERATE("moderate"),
    LOW("low"),
    VERY_LOW("very-low"),
    NONE("none");

    private final String id;

    Certainty(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
