package org.spinechoice.app.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * One read or write of patient data, as the audit log records it: who (an id, never a name), what was done to which
 * record, of which patient, and from which address.
 *
 * @param actor who acted, e.g. {@code user:<id>}, {@code patient-link:<hash prefix>} or {@code admin-cli}
 * @param action what was done: {@code read}, {@code create}, {@code update}, {@code export}, …
 * @param entity the kind of record, e.g. {@code patient} or {@code prom-response}
 * @param entityId the record's id, or a description of a list such as {@code list}
 */
public record AuditEvent(
        String clinicId,
        String actor,
        String action,
        String entity,
        String entityId,
        Optional<String> patientId,
        String remoteAddress) {

    public AuditEvent {
        Objects.requireNonNull(clinicId, "clinicId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(remoteAddress, "remoteAddress");
    }
}
