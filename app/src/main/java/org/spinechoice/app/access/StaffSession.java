package org.spinechoice.app.access;

import java.time.Instant;
import java.util.Objects;

/**
 * A signed-in browser session as stored under the hash of its id: whose it is, the token its forms must carry,
 * and when it ends.
 */
public record StaffSession(String idHash, StaffMember staff, String csrfToken, Instant createdAt, Instant expiresAt) {

    public StaffSession {
        Objects.requireNonNull(idHash, "idHash");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(csrfToken, "csrfToken");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
