package org.spinechoice.evidence;

import org.spinechoice.vocabulary.Coded;

/** Which way the comparative evidence for an option points, kept apart from how certain it is. */
public enum Direction implements Coded {
    BENEFIT("benefit"),
    NO_IMPORTANT_BENEFIT("no-important-benefit"),
    HARM_OUTWEIGHS("harm-outweighs"),
    UNCERTAIN("uncertain");

    private final String id;

    Direction(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
