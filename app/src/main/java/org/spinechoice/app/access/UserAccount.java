package org.spinechoice.app.access;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A staff account as stored: who, where, what role, and the state of its sign-in lock-out. */
public record UserAccount(
        String id,
        String clinicId,
        String email,
        Role role,
        String passwordHash,
        int failedLogins,
        Optional<Instant> lockedUntil) {

    public UserAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clinicId, "clinicId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(lockedUntil, "lockedUntil");
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil.isPresent() && now.isBefore(lockedUntil.get());
    }

    public StaffMember asStaffMember() {
        return new StaffMember(id, clinicId, email, role);
    }
}
