package org.spinechoice.app.clinic.patient;

import java.util.List;
import java.util.Objects;

/** A patient with their treatment courses, newest first: what the patient's page and the API show. */
public record PatientRecord(Patient patient, List<CourseSummary> courses) {

    public PatientRecord {
        Objects.requireNonNull(patient, "patient");
        courses = List.copyOf(courses);
    }
}
