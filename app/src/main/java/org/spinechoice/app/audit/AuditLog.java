package org.spinechoice.app.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.spinechoice.app.platform.DbTime;

/**
 * Appends to a clinic's audit chain inside the caller's transaction, so an entry exists exactly when the read or
 * write it records took place. The clinic's head row is locked ({@code SELECT … FOR UPDATE}) until the transaction
 * ends: writers of one clinic take turns, on one node or many, and the chain never forks. Thread-safe.
 */
public final class AuditLog {

    private final Clock clock;

    public AuditLog(Clock clock) {
        this.clock = clock;
    }

    /** Starts a clinic's chain; called in the transaction that creates the clinic. */
    public static void startChain(Handle handle, String clinicId) {
        handle.createUpdate("INSERT INTO audit_head (clinic_id, last_seq, last_hash) VALUES (:clinic, 0, :genesis)")
                .bind("clinic", clinicId)
                .bind("genesis", AuditChain.GENESIS)
                .execute();
    }

    /**
     * Records one event. Must run inside a transaction that also does the work recorded.
     *
     * @throws IllegalStateException when the clinic has no chain (it does not exist)
     */
    public AuditEntry append(Handle handle, AuditEvent event) {
        if (!handle.isInTransaction()) {
            throw new IllegalStateException("an audit entry is written in the transaction of the work it records");
        }
        Head head = handle.createQuery(
                        "SELECT last_seq, last_hash FROM audit_head WHERE clinic_id = :clinic FOR UPDATE")
                .bind("clinic", event.clinicId())
                .map((row, ctx) -> new Head(row.getLong("last_seq"), row.getString("last_hash")))
                .findOne()
                .orElseThrow(() -> new IllegalStateException("no audit chain for clinic " + event.clinicId()));
        long seq = head.lastSeq() + 1;
        Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        String hash = AuditChain.hash(head.lastHash(), seq, at, event);
        handle.createUpdate(
                        "INSERT INTO audit_entry (clinic_id, seq, at, actor, action, entity, entity_id, patient_id, "
                                + "remote_address, prev_hash, hash) VALUES (:clinic, :seq, :at, :actor, :action, :entity, "
                                + ":entityId, :patientId, :remote, :prev, :hash)")
                .bind("clinic", event.clinicId())
                .bind("seq", seq)
                .bind("at", DbTime.utc(at))
                .bind("actor", event.actor())
                .bind("action", event.action())
                .bind("entity", event.entity())
                .bind("entityId", event.entityId())
                .bind("patientId", event.patientId().orElse(null))
                .bind("remote", event.remoteAddress())
                .bind("prev", head.lastHash())
                .bind("hash", hash)
                .execute();
        handle.createUpdate("UPDATE audit_head SET last_seq = :seq, last_hash = :hash WHERE clinic_id = :clinic")
                .bind("seq", seq)
                .bind("hash", hash)
                .bind("clinic", event.clinicId())
                .execute();
        return new AuditEntry(seq, at, event, head.lastHash(), hash);
    }

    /** A clinic's entries, newest first, for its admin to read. */
    public static List<AuditEntry> latest(Handle handle, String clinicId, int limit) {
        return handle.createQuery("SELECT * FROM audit_entry WHERE clinic_id = :clinic ORDER BY seq DESC")
                .bind("clinic", clinicId)
                .setMaxRows(limit)
                .map((row, ctx) -> AuditRows.entry(row))
                .list();
    }

    private record Head(long lastSeq, String lastHash) {}
}
