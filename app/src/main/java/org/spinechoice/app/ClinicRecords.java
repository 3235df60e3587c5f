package org.spinechoice.app;

import java.util.Objects;
import org.spinechoice.app.clinic.adverseevent.AdverseEventService;
import org.spinechoice.app.clinic.course.CourseService;
import org.spinechoice.app.clinic.patient.PatientService;
import org.spinechoice.app.clinic.promresponse.PromResponseService;
import org.spinechoice.app.clinic.session.SessionService;

/** The services that keep a clinic's records, built once in {@link Wiring} for the API and the pages alike. */
record ClinicRecords(
        PatientService patients,
        CourseService courses,
        SessionService sessions,
        AdverseEventService adverseEvents,
        PromResponseService promResponses) {

    ClinicRecords {
        Objects.requireNonNull(patients, "patients");
        Objects.requireNonNull(courses, "courses");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(adverseEvents, "adverseEvents");
        Objects.requireNonNull(promResponses, "promResponses");
    }
}
