package org.spinechoice.app.clinic.patient;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.spinechoice.app.access.AccountService;
import org.spinechoice.app.audit.AuditLog;
import org.spinechoice.app.clinic.record.Actor;
import org.spinechoice.app.clinic.record.Outcome;
import org.spinechoice.app.platform.Secrets;

/**
 * Issues patients' personal questionnaire links ({@link AccountService#issuePatientLink}). Issuing one and its audit
 * entry ({@code create patient-link}) share one transaction. The entry names the link by the first characters of its
 * hash, as the audit names the link's holder, so what a link was used for can be traced back to who issued it. Only
 * staff may call it. Thread-safe.
 */
public final class PatientLinkService {

    static final String ENTITY = "patient-link";

    /** As many characters of the token's hash as the audit log shows for a link's holder. */
    private static final int HASH_PREFIX = 12;

    private final Jdbi jdbi;
    private final JdbcPatientRepository patients;
    private final AccountService accounts;
    private final AuditLog audit;
    private final Clock clock;

    public PatientLinkService(
            Jdbi jdbi, JdbcPatientRepository patients, AccountService accounts, AuditLog audit, Clock clock) {
        this.jdbi = jdbi;
        this.patients = patients;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new link for the patient, valid for {@link AccountService#PATIENT_LINK_VALID}; not found for another clinic's. */
    public Outcome<IssuedPatientLink> issue(Actor actor, String patientId) {
        actor.requireStaff();
        Duration valid = AccountService.PATIENT_LINK_VALID;
        return jdbi.inTransaction(handle -> {
            Optional<Patient> patient = patients.find(handle, actor.clinicId(), patientId);
            if (patient.isEmpty()) {
                return new Outcome.NotFound<>(PatientService.NOT_FOUND);
            }
            Instant issuedAt = Instant.now(clock);
            String token = accounts.issuePatientLink(handle, actor.clinicId(), patientId, valid);
            String linkId = Secrets.sha256(token).substring(0, HASH_PREFIX);
            audit.append(handle, actor.created(ENTITY, linkId, patientId));
            return new Outcome.Done<>(new IssuedPatientLink(patient.get(), token, issuedAt.plus(valid)));
        });
    }
}
