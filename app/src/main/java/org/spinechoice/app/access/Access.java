package org.spinechoice.app.access;

/** Who may use a route of the clinic workspace. */
public enum Access {
    /** Any member of the clinic's staff: clinician or clinic-admin. */
    STAFF,
    /** A clinic-admin only. */
    ADMIN,
    /** The holder of a live patient link, for that patient only. */
    PATIENT_LINK
}
