package org.spinechoice.app.audit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Recomputes every clinic's audit chain from its first entry and reports where it breaks: an entry whose content no
 * longer matches its hash (changed), whose previous hash is not the hash before it (removed or reordered), a gap in
 * the numbering (removed), or a head that does not point at the last entry (the newest entries removed). Entries are
 * streamed, so a long log is checked in constant memory.
 */
public final class AuditVerifier {

    private final Jdbi jdbi;

    public AuditVerifier(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Checks every clinic's chain. */
    public AuditVerification verify() {
        return verify("SELECT clinic_id, last_seq, last_hash FROM audit_head ORDER BY clinic_id", null);
    }

    /** Checks one clinic's chain. */
    public AuditVerification verify(String clinicId) {
        return verify("SELECT clinic_id, last_seq, last_hash FROM audit_head WHERE clinic_id = :clinic", clinicId);
    }

    private AuditVerification verify(String headsQuery, String clinicId) {
        // One snapshot for the heads and the entries, so entries appended meanwhile never look like a broken head;
        // PostgreSQL also streams rows only inside a transaction.
        return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, handle -> {
            var query = handle.createQuery(headsQuery);
            if (clinicId != null) {
                query.bind("clinic", clinicId);
            }
            List<Head> heads = query.map((row, ctx) ->
                            new Head(row.getString("clinic_id"), row.getLong("last_seq"), row.getString("last_hash")))
                    .list();
            List<AuditVerification.Break> breaks = new ArrayList<>();
            long entries = 0;
            for (Head head : heads) {
                Checked checked = verifyClinic(handle, head);
                entries += checked.entries();
                checked.problem().ifPresent(breaks::add);
            }
            return new AuditVerification(heads.size(), entries, breaks);
        });
    }

    private static Checked verifyClinic(Handle handle, Head head) {
        try (Stream<AuditEntry> stored = handle
                .createQuery("SELECT * FROM audit_entry WHERE clinic_id = :clinic ORDER BY seq")
                .bind("clinic", head.clinicId())
                .setFetchSize(1_000)
                .map((row, ctx) -> AuditRows.entry(row))
                .stream()) {
            Iterator<AuditEntry> entries = stored.iterator();
            String previousHash = AuditChain.GENESIS;
            long expectedSeq = 1;
            long count = 0;
            while (entries.hasNext()) {
                AuditEntry entry = entries.next();
                count++;
                if (entry.seq() != expectedSeq) {
                    return broken(head, expectedSeq, count, "missing; the next entry found is " + entry.seq());
                }
                if (!entry.previousHash().equals(previousHash)) {
                    return broken(
                            head, entry.seq(), count, "does not follow the entry before it (removed or reordered)");
                }
                String recomputed = AuditChain.hash(previousHash, entry.seq(), entry.at(), entry.event());
                if (!recomputed.equals(entry.hash())) {
                    return broken(
                            head, entry.seq(), count, "its content no longer matches its hash (changed after writing)");
                }
                previousHash = entry.hash();
                expectedSeq++;
            }
            long last = expectedSeq - 1;
            if (head.lastSeq() != last || !head.lastHash().equals(previousHash)) {
                return broken(
                        head,
                        last + 1,
                        count,
                        "the chain ends at entry " + last + " but its head says " + head.lastSeq()
                                + " (entries removed from the end, or the head changed)");
            }
            return new Checked(count, Optional.empty());
        }
    }

    private static Checked broken(Head head, long seq, long count, String reason) {
        return new Checked(count, Optional.of(new AuditVerification.Break(head.clinicId(), seq, reason)));
    }

    private record Head(String clinicId, long lastSeq, String lastHash) {}

    private record Checked(long entries, Optional<AuditVerification.Break> problem) {}
}
