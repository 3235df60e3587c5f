package org.spinechoice.app.audit;

import java.util.List;
import java.util.Objects;

/**
 * What checking the audit chains found: how much was checked, and for each clinic whose chain is broken, the first
 * place it breaks.
 */
public record AuditVerification(int clinics, long entries, List<Break> breaks) {

    /** The first broken link of one clinic's chain. */
    public record Break(String clinicId, long seq, String reason) {

        public Break {
            Objects.requireNonNull(clinicId, "clinicId");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String toString() {
            return "clinic " + clinicId + ", entry " + seq + ": " + reason;
        }
    }

    public AuditVerification {
        breaks = List.copyOf(breaks);
    }

    public boolean intact() {
        return breaks.isEmpty();
    }
}
