package org.spinechoice.app.clinic.patient;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.spinechoice.vocabulary.Sex;

/** A patient of a clinic, as stored. The id is a random UUID, so it says nothing about the clinic or the patient. */
public record Patient(
        String id,
        String displayName,
        int birthYear,
        Sex sex,
        Optional<String> reference,
        Optional<String> contactEmail,
        Instant createdAt) {

    public Patient {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(contactEmail, "contactEmail");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    static Patient of(String id, NewPatient patient, Instant createdAt) {
        return new Patient(
                id,
                patient.displayName(),
                patient.birthYear(),
                patient.sex(),
                patient.reference(),
                patient.contactEmail(),
                createdAt);
    }
}
