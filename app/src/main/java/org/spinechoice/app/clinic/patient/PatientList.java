package org.spinechoice.app.clinic.patient;

import java.util.List;

/** One page of a clinic's patients, with how many match in all. */
public record PatientList(List<Patient> patients, int total, PatientQuery query) {

    public PatientList {
        patients = List.copyOf(patients);
    }
}
