package org.spinechoice.app.clinic.promresponse;

import org.spinechoice.vocabulary.Coded;

/** How a questionnaire response reached the clinic's records. */
public enum ResponseSource implements Coded {
    /** Sent by a program with a member of staff's API token. */
    API("api"),
    /** Entered on the workspace pages by a member of staff, with or for the patient. */
    CLINIC("clinic"),
    /** Answered by the patient through their personal link. */
    PATIENT_LINK("patient-link");

    private final String id;

    ResponseSource(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
