package org.spinechoice.app.clinic.patientfile;

import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.spinechoice.app.audit.AuditLog;
import org.spinechoice.app.clinic.adverseevent.JdbcAdverseEventRepository;
import org.spinechoice.app.clinic.course.JdbcCourseRepository;
import org.spinechoice.app.clinic.patient.JdbcPatientRepository;
import org.spinechoice.app.clinic.patient.Patient;
import org.spinechoice.app.clinic.promresponse.JdbcPromResponseRepository;
import org.spinechoice.app.clinic.record.Actor;
import org.spinechoice.app.clinic.session.JdbcSessionRepository;

/**
 * Reads a patient's whole file for their page in one transaction, one query per kind of record, with one audit entry:
 * a read of the patient, as ADR 0007 asks of every request that reads patient data. Only staff may call it.
 * Thread-safe.
 */
public final class PatientFileService {

    static final String ENTITY = "patient";

    private final Jdbi jdbi;
    private final JdbcPatientRepository patients;
    private final JdbcCourseRepository courses;
    private final JdbcSessionRepository sessions;
    private final JdbcAdverseEventRepository adverseEvents;
    private final JdbcPromResponseRepository responses;
    private final AuditLog audit;

    public PatientFileService(
            Jdbi jdbi,
            JdbcPatientRepository patients,
            JdbcCourseRepository courses,
            JdbcSessionRepository sessions,
            JdbcAdverseEventRepository adverseEvents,
            JdbcPromResponseRepository responses,
            AuditLog audit) {
        this.jdbi = jdbi;
        this.patients = patients;
        this.courses = courses;
        this.sessions = sessions;
        this.adverseEvents = adverseEvents;
        this.responses = responses;
        this.audit = audit;
    }

    /** The patient's file; empty when the actor's clinic has no patient with this id. */
    public Optional<PatientFile> read(Actor actor, String patientId) {
        actor.requireStaff();
        String clinicId = actor.clinicId();
        return jdbi.inTransaction(handle -> {
            Optional<Patient> patient = patients.find(handle, clinicId, patientId);
            if (patient.isEmpty()) {
                return Optional.empty();
            }
            PatientFile file = new PatientFile(
                    patient.get(),
                    courses.ofPatient(handle, clinicId, patientId),
                    sessions.ofPatient(handle, clinicId, patientId),
                    adverseEvents.ofPatient(handle, clinicId, patientId),
                    responses.ofPatient(handle, clinicId, patientId, Optional.empty()));
            audit.append(handle, actor.read(ENTITY, patientId, patientId));
            return Optional.of(file);
        });
    }
}
