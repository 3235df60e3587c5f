package org.spinechoice.app.demo;

import java.util.List;
import java.util.Objects;
import org.spinechoice.app.clinic.adverseevent.AdverseEvent;
import org.spinechoice.app.clinic.course.TreatmentCourse;
import org.spinechoice.app.clinic.patient.Patient;
import org.spinechoice.app.clinic.promresponse.PromResponse;
import org.spinechoice.app.clinic.session.TreatmentSession;

/** One synthetic patient with everything the demo clinic records about them, as the clinic's own records. */
record DemoPatient(
        Patient patient,
        TreatmentCourse course,
        List<TreatmentSession> sessions,
        List<AdverseEvent> adverseEvents,
        List<PromResponse> responses) {

    DemoPatient {
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(course, "course");
        sessions = List.copyOf(sessions);
        adverseEvents = List.copyOf(adverseEvents);
        responses = List.copyOf(responses);
    }
}
