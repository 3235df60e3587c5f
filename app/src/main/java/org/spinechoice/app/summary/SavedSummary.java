package org.spinechoice.app.summary;

import java.time.Instant;
import java.util.Objects;

/**
 * One saved summary as stored: the hash of its code (never the code), the check's answers as a query string, and
 * when it was made and expires. Immutable.
 */
public record SavedSummary(String codeHash, String answers, Instant createdAt, Instant expiresAt) {

    public SavedSummary {
        Objects.requireNonNull(codeHash, "codeHash");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("a saved summary expires after it is made");
        }
    }

    /** Whether the summary has expired at {@code now}. */
    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
