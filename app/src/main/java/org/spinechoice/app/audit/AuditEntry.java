package org.spinechoice.app.audit;

import java.time.Instant;
import java.util.Objects;

/** An entry of a clinic's audit chain as stored: the event, its place in the chain and the hashes that link it. */
public record AuditEntry(long seq, Instant at, AuditEvent event, String previousHash, String hash) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
        if (seq < 1) {
            throw new IllegalArgumentException("audit entries are numbered from 1: " + seq);
        }
    }
}
