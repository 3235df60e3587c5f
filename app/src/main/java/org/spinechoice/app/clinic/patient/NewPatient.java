package org.spinechoice.app.clinic.patient;

import java.util.Objects;
import java.util.Optional;
import org.spinechoice.app.platform.EmailAddress;
import org.spinechoice.vocabulary.Sex;

/**
 * A patient about to be added to a clinic, every field checked ({@link PatientReader} is how one is read from a
 * request). The birth year's upper bound moves with the calendar, so the reader checks it against today.
 *
 * @param displayName how the clinic names the patient on its pages
 * @param reference the clinic's own number for the patient, such as a record number
 */
public record NewPatient(
        String displayName, int birthYear, Sex sex, Optional<String> reference, Optional<String> contactEmail) {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_REFERENCE_LENGTH = 100;
    public static final int EARLIEST_BIRTH_YEAR = 1900;

    public NewPatient {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(contactEmail, "contactEmail");
        if (displayName.isBlank() || displayName.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("a display name is 1 to " + MAX_NAME_LENGTH + " characters");
        }
        if (birthYear < EARLIEST_BIRTH_YEAR) {
            throw new IllegalArgumentException("a birth year is " + EARLIEST_BIRTH_YEAR + " or later");
        }
        if (reference
                .filter(value -> value.isBlank() || value.length() > MAX_REFERENCE_LENGTH)
                .isPresent()) {
            throw new IllegalArgumentException("a reference is 1 to " + MAX_REFERENCE_LENGTH + " characters");
        }
        if (contactEmail.filter(value -> !EmailAddress.looksValid(value)).isPresent()) {
            throw new IllegalArgumentException("a contact email looks like name@example.org");
        }
    }
}
