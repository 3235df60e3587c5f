package org.spinechoice.treatment;

import org.spinechoice.vocabulary.Coded;

/**
 * How bad an adverse event of a treatment was. {@code serious} is meant in the regulatory sense (it led, for example,
 * to a hospital stay or lasting harm), so that serious events can be counted apart from merely severe ones.
 */
public enum AdverseEventSeverity implements Coded {
    MILD("mild"),
    MODERATE("moderate"),
    SEVERE("severe"),
    SERIOUS("serious");

    private final String id;

    AdverseEventSeverity(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
