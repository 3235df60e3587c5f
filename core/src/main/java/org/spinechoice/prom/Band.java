package org.spinechoice.prom;

import org.spinechoice.vocabulary.Coded;

/**
 * A severity band named by an instrument's published cut-offs (ODI, NDI, mJOA). Each scoring class says which bands
 * it uses and where its edges lie; the ids are neutral labels rather than the authors' historical wording.
 */
public enum Band implements Coded {
    NONE("none"),
    MINIMAL("minimal"),
    MILD("mild"),
    MODERATE("moderate"),
    SEVERE("severe"),
    VERY_SEVERE("very-severe"),
    EXTREME("extreme"),
    COMPLETE("complete");

    private final String id;

    Band(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
