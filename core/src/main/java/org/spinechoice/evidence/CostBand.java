package org.spinechoice.evidence;

import org.spinechoice.vocabulary.Coded;

/** An indicative, region-dependent cost band for a course of treatment. */
public enum CostBand implements Coded {
    LOW("low"),
    MEDIUM("medium"),
    HIGH("high");

    private final String id;

    CostBand(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
