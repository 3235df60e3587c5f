package org.spinechoice.triage;

/** How soon a person should get help, from most to least urgent. */
public enum Urgency {
    /** Go to an emergency department, or call the emergency number, now. */
    EMERGENCY,
    /** See a doctor today or within 1–2 days. */
    URGENT,
    /** See a doctor within 1–2 weeks. */
    SOON,
    /** No warning sign found: routine care. */
    ROUTINE;

    /** Whether this urgency is more pressing than {@code other}. */
    public boolean isMoreUrgentThan(Urgency other) {
        return ordinal() < other.ordinal();
    }
}
