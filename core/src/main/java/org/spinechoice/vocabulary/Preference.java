package org.spinechoice.vocabulary;

/** Something that may matter to a person when choosing, weighted 0 (does not matter) to 4 (matters a lot). */
public enum Preference implements Coded {
    AVOID_SURGERY("avoid-surgery"),
    AVOID_NEEDLES("avoid-needles"),
    AVOID_MEDICATION("avoid-medication"),
    QUICK_RELIEF("quick-relief"),
    LASTING_RELIEF("lasting-relief"),
    FEW_VISITS("few-visits"),
    LOW_COST("low-cost"),
    STRONG_EVIDENCE("strong-evidence");

    private final String id;

    Preference(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
