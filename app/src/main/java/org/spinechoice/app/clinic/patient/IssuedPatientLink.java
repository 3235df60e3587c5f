package org.spinechoice.app.clinic.patient;

import java.time.Instant;
import java.util.Objects;

/**
 * A personal questionnaire link just issued for a patient. The token is the only copy there will be: the database
 * keeps its hash, so the link is shown once and never again.
 */
public record IssuedPatientLink(Patient patient, String token, Instant expiresAt) {

    public IssuedPatientLink {
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** The path of the patient's questionnaire pages. */
    public String path() {
        return "/q/" + token;
    }
}
