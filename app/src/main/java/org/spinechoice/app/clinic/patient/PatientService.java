package org.spinechoice.app.clinic.patient;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.spinechoice.app.audit.AuditLog;
import org.spinechoice.app.clinic.record.Actor;
import org.spinechoice.app.platform.DbTime;

/**
 * A clinic's patients: adding, finding and listing them. Each call is one transaction that does the work and writes
 * its audit entry, so a patient is never read or written without a trace, and never half-written. Only staff may
 * call it. Thread-safe.
 */
public final class PatientService {

    /** The answer for a patient the clinic does not have, whether or not another clinic has one with that id. */
    public static final String NOT_FOUND = "Your clinic has no patient with this id.";

    static final String ENTITY = "patient";

    private final Jdbi jdbi;
    private final JdbcPatientRepository patients;
    private final AuditLog audit;
    private final Clock clock;

    public PatientService(Jdbi jdbi, JdbcPatientRepository patients, AuditLog audit, Clock clock) {
        this.jdbi = jdbi;
        this.patients = patients;
        this.audit = audit;
        this.clock = clock;
    }

    public Patient create(Actor actor, NewPatient input) {
        actor.requireStaff();
        Patient patient = Patient.of(UUID.randomUUID().toString(), input, DbTime.now(clock));
        return jdbi.inTransaction(handle -> {
            patients.insert(handle, actor.clinicId(), patient);
            audit.append(handle, actor.created(ENTITY, patient.id(), patient.id()));
            return patient;
        });
    }

    /** The patient with their courses; empty when the actor's clinic has no patient with this id. */
    public Optional<PatientRecord> find(Actor actor, String patientId) {
        actor.requireStaff();
        return jdbi.inTransaction(handle -> {
            Optional<Patient> patient = patients.find(handle, actor.clinicId(), patientId);
            if (patient.isEmpty()) {
                return Optional.empty();
            }
            PatientRecord record =
                    new PatientRecord(patient.get(), patients.courses(handle, actor.clinicId(), patientId));
            audit.append(handle, actor.read(ENTITY, patientId, patientId));
            return Optional.of(record);
        });
    }

    /** One page of the clinic's patients, in order of display name; the list read is one audit entry. */
    public PatientList list(Actor actor, PatientQuery query) {
        actor.requireStaff();
        return jdbi.inTransaction(handle -> {
            PatientList list = new PatientList(
                    patients.list(handle, actor.clinicId(), query),
                    patients.count(handle, actor.clinicId(), query),
                    query);
            audit.append(handle, actor.listed(ENTITY, Optional.empty()));
            return list;
        });
    }
}
