package org.spinechoice.app.clinic.export;

import java.io.IOException;
import java.time.Clock;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.spinechoice.app.audit.AuditLog;
import org.spinechoice.app.clinic.record.Actor;
import org.spinechoice.app.platform.DbTime;
import org.spinechoice.app.platform.Secrets;

/**
 * Exports every stored questionnaire response of the clinic, for its clinic-admin only, patients named by pseudonym.
 *
 * <p>Two transactions, on purpose. The first writes the audit entry and finds (or makes) the clinic's pseudonym key,
 * and commits before a single row is read: appending to the audit chain locks the clinic's head row until commit, and
 * holding that lock while a large file goes out at the client's pace would stall every audited read and write of the
 * clinic. The second reads the rows with a cursor and hands each to the writer as it arrives. So an export that fails
 * half-way is still in the audit log, as it should be: some rows may have left. Thread-safe.
 */
public final class PromResponseExportService {

    static final String ENTITY = "prom-response";

    private final Jdbi jdbi;
    private final JdbcPseudonymKeyRepository keys;
    private final JdbcPromResponseExportRepository responses;
    private final AuditLog audit;
    private final Secrets secrets;
    private final Clock clock;

    public PromResponseExportService(
            Jdbi jdbi,
            JdbcPseudonymKeyRepository keys,
            JdbcPromResponseExportRepository responses,
            AuditLog audit,
            Secrets secrets,
            Clock clock) {
        this.jdbi = jdbi;
        this.keys = keys;
        this.responses = responses;
        this.audit = audit;
        this.secrets = secrets;
        this.clock = clock;
    }

    /**
     * Audits the export, starts the download and writes every row into it.
     *
     * @throws IOException when the client is gone, or the body cannot be written
     * @throws IllegalStateException when the actor is not a clinic-admin (the route lets no one else in)
     */
    void export(Actor actor, ExportDownload download) throws IOException {
        if (!actor.staff().isAdmin()) {
            throw new IllegalStateException("only a clinic-admin exports the clinic's records");
        }
        String secret = jdbi.inTransaction(handle -> auditedKey(handle, actor));
        PatientPseudonyms pseudonyms = new PatientPseudonyms(secret);
        ExportWriter writer = download.start();
        writer.begin();
        jdbi.useTransaction(handle -> responses.writeAll(handle, actor.clinicId(), pseudonyms, writer));
        writer.end();
    }

    /**
     * The clinic's key, made on its first export. The audit entry comes first: it locks the clinic's audit head, so two
     * first exports of one clinic take turns and the second finds the key the first made.
     */
    private String auditedKey(Handle handle, Actor actor) {
        audit.append(handle, actor.exported(ENTITY));
        return keys.find(handle, actor.clinicId()).orElseGet(() -> {
            String secret = secrets.next();
            keys.insert(handle, actor.clinicId(), secret, DbTime.now(clock));
            return secret;
        });
    }
}
