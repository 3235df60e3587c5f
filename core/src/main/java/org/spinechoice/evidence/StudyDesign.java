package org.spinechoice.evidence;

import org.spinechoice.vocabulary.Coded;

/** What kind of publication a source is; the design tells a reader how much weight it can bear. */
public enum StudyDesign implements Coded {
    RCT("rct"),
    SYSTEMATIC_REVIEW("systematic-review"),
    GUIDELINE("guideline"),
    COHORT("cohort"),
    CASE_SERIES("case-series"),
    PRACTITIONER_REPORT("practitioner-report"),
    REGISTRY("registry"),
    OTHER("other");

    private final String id;

    StudyDesign(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
