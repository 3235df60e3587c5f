package org.spinechoice.app.access;

import java.util.Arrays;
import java.util.Optional;

/** What a member of a clinic's staff may do there. Every user belongs to exactly one clinic. */
public enum Role {
    /** Everything a clinician may, and also manages users and tokens, reads the audit log and exports data. */
    CLINIC_ADMIN("clinic-admin"),
    /** Reads and writes the clinic's patients and their records, and sees the clinic's outcomes. */
    CLINICIAN("clinician");

    private final String id;

    Role(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Role> fromId(String id) {
        return Arrays.stream(values()).filter(role -> role.id.equals(id)).findFirst();
    }
}
