package org.spinechoice.app.access;

import java.util.Objects;

/** A signed-in member of a clinic's staff, or the owner of the API token a request carries. */
public record StaffMember(String userId, String clinicId, String email, Role role) implements Principal {

    public StaffMember {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(clinicId, "clinicId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(role, "role");
    }

    public boolean isAdmin() {
        return role == Role.CLINIC_ADMIN;
    }

    @Override
    public String auditName() {
        return "user:" + userId;
    }
}
