package org.spinechoice.vocabulary;

/** The names of the red-flag rules of the triage contract, in the order of its table. */
public enum RedFlagRuleName implements Coded {
    CAUDA_EQUINA("cauda-equina"),
    PROGRESSIVE_DEFICIT("progressive-deficit"),
    SPINAL_INFECTION("spinal-infection"),
    CANCER("cancer"),
    MYELOPATHY("myelopathy"),
    FRACTURE("fracture"),
    RAPID_WORSENING("rapid-worsening");

    private final String id;

    RedFlagRuleName(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
