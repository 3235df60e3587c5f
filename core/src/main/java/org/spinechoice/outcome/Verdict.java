package org.spinechoice.outcome;

import org.spinechoice.vocabulary.Coded;

/** How a claimed figure compares with the clinic's own figure for the same measure. */
public enum Verdict implements Coded {
    /** The claimed figure lies above the clinic's 95% interval. */
    ABOVE("above"),
    /** The claimed figure lies within the clinic's 95% interval. */
    WITHIN("within"),
    /** The claimed figure lies below the clinic's 95% interval. */
    BELOW("below"),
    /** The clinic measures nothing that matches what the claim measured, so nothing is compared. */
    NO_MATCHING_MEASURE("no-matching-measure"),
    /** The clinic has the measure but fewer followed-up patients than the group threshold. */
    TOO_FEW_TO_SAY("too-few-to-say");

    private final String id;

    Verdict(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
