package org.spinechoice.app.clinic.record;

import java.util.Objects;
import java.util.Optional;
import org.spinechoice.app.access.Principal;
import org.spinechoice.app.access.StaffMember;
import org.spinechoice.app.audit.AuditEvent;

/**
 * Who is reading or writing a clinic's records, and from where: what every service needs to scope its queries to
 * one clinic and to write the audit entry of the work. Pages and the API build it from the request.
 */
public record Actor(Principal principal, String remoteAddress) {

    /** The entity id of an audit entry that records a list read. */
    public static final String LIST = "list";

    public Actor {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(remoteAddress, "remoteAddress");
    }

    public String clinicId() {
        return principal.clinicId();
    }

    /**
     * The member of staff acting.
     *
     * @throws IllegalStateException for a patient link holder, who may only answer questionnaires
     */
    public StaffMember staff() {
        if (principal instanceof StaffMember staff) {
            return staff;
        }
        throw new IllegalStateException("only clinic staff keep patients' records");
    }

    /**
     * Refuses a patient link holder: a link opens that patient's questionnaires, never their record.
     *
     * @throws IllegalStateException for a patient link holder
     */
    public void requireStaff() {
        staff();
    }

    public AuditEvent created(String entity, String entityId, String patientId) {
        return event("create", entity, entityId, Optional.of(patientId));
    }

    public AuditEvent read(String entity, String entityId, String patientId) {
        return event("read", entity, entityId, Optional.of(patientId));
    }

    public AuditEvent updated(String entity, String entityId, String patientId) {
        return event("update", entity, entityId, Optional.of(patientId));
    }

    /** A list read: of one patient's records, or, without a patient, of the clinic's patients. */
    public AuditEvent listed(String entity, Optional<String> patientId) {
        return event("list", entity, LIST, patientId);
    }

    /** A setting of the clinic added, such as a licensed questionnaire wording; it concerns no patient. */
    public AuditEvent settingCreated(String entity, String entityId) {
        return event("create", entity, entityId, Optional.empty());
    }

    /** A setting of the clinic changed, such as which questionnaire wording is in use; it concerns no patient. */
    public AuditEvent settingUpdated(String entity, String entityId) {
        return event("update", entity, entityId, Optional.empty());
    }

    /** An export of the clinic's records of many patients: it names no one patient, since it covers them all. */
    public AuditEvent exported(String entity) {
        return event("export", entity, "export", Optional.empty());
    }

    private AuditEvent event(String action, String entity, String entityId, Optional<String> patientId) {
        return new AuditEvent(clinicId(), principal.auditName(), action, entity, entityId, patientId, remoteAddress);
    }
}
