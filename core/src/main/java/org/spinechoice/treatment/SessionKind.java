package org.spinechoice.treatment;

import org.spinechoice.vocabulary.Coded;

/** What sort of session was given; each kind records its own details ({@link SessionDetails}). */
public enum SessionKind implements Coded {
    INJECTION("injection"),
    PHYSICAL_THERAPY("physical-therapy"),
    SURGERY("surgery"),
    OTHER("other");

    private final String id;

    SessionKind(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
