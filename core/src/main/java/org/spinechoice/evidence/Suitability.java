package org.spinechoice.evidence;

import org.spinechoice.vocabulary.Coded;

/** How an option sits with a person's situation, from most to least pressing. */
public enum Suitability implements Coded {
    URGENT_CARE_FIRST("urgent-care-first"),
    NOT_ADVISED("not-advised"),
    CAUTION("caution"),
    SUITABLE("suitable");

    private final String id;

    Suitability(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
