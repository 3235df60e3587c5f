package org.spinechoice.app.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.spinechoice.app.platform.Secrets;

/**
 * The hash that links an audit entry to the one before it: SHA-256 over the previous hash and every field of the
 * entry. Each field is written with its length in front, so no two different entries can produce the same text.
 * Changing, removing or reordering any stored entry breaks every hash after it. Pure and thread-safe.
 */
public final class AuditChain {

    /** The "previous hash" of a clinic's first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {}

    public static String hash(String previousHash, long seq, Instant at, AuditEvent event) {
        StringBuilder text = new StringBuilder(256);
        field(text, previousHash);
        field(text, Long.toString(seq));
        field(text, at.truncatedTo(ChronoUnit.MICROS).toString());
        field(text, event.clinicId());
        field(text, event.actor());
        field(text, event.action());
        field(text, event.entity());
        field(text, event.entityId());
        field(text, event.patientId().map(id -> "patient " + id).orElse(""));
        field(text, event.remoteAddress());
        return Secrets.sha256(text.toString());
    }

    private static void field(StringBuilder text, String value) {
        text.append(value.length()).append(':').append(value).append('|');
    }
}
