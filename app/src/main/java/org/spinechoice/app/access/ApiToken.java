package org.spinechoice.app.access;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** An API token as listed to its clinic's admin: never the token itself, which is shown once and stored hashed. */
public record ApiToken(
        String id, String userId, String email, String label, Instant createdAt, Optional<Instant> revokedAt) {

    public ApiToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(revokedAt, "revokedAt");
    }
}
