package org.spinechoice.prom;

import org.spinechoice.vocabulary.Coded;

/** Where a scheduled questionnaire stands on a given day. */
public enum ScheduleState implements Coded {
    /** A response is stored for this time point. */
    DONE("done"),
    /** Its window has not opened yet. */
    UPCOMING("upcoming"),
    /** Its window is open and its target day has not passed. */
    DUE("due"),
    /** Its target day has passed but its window is still open: still worth asking for, soon. */
    OVERDUE("overdue"),
    /** Its window closed without a response; counted as lost to follow-up at that time point. */
    MISSED("missed");

    private final String id;

    ScheduleState(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** Whether someone should act on it now: ask the patient, or fill it in at the visit. */
    public boolean actionable() {
        return this == DUE || this == OVERDUE;
    }
}
