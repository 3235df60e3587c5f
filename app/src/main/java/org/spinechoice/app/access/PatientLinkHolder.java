package org.spinechoice.app.access;

import java.util.Objects;

/**
 * Whoever opened a patient's personal questionnaire link. It grants nothing but that one patient's due
 * questionnaires, so the holder is named in the audit log by the link (the first characters of its hash).
 */
public record PatientLinkHolder(String linkHash, String clinicId, String patientId) implements Principal {

    public PatientLinkHolder {
        Objects.requireNonNull(linkHash, "linkHash");
        Objects.requireNonNull(clinicId, "clinicId");
        Objects.requireNonNull(patientId, "patientId");
    }

    @Override
    public String auditName() {
        return "patient-link:" + linkHash.substring(0, 12);
    }
}
