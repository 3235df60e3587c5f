package org.spinechoice.app.audit;

import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** Reading a clinic's audit log for its admin: the latest entries, and whether its chain is intact. */
public final class AuditService {

    private final Jdbi jdbi;

    public AuditService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public List<AuditEntry> latest(String clinicId, int limit) {
        return jdbi.withHandle(handle -> AuditLog.latest(handle, clinicId, limit));
    }

    public AuditVerification verifyClinic(String clinicId) {
        return new AuditVerifier(jdbi).verify(clinicId);
    }
}
