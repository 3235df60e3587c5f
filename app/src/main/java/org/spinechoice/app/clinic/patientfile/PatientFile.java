package org.spinechoice.app.clinic.patientfile;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.spinechoice.app.clinic.adverseevent.AdverseEvent;
import org.spinechoice.app.clinic.course.TreatmentCourse;
import org.spinechoice.app.clinic.patient.Patient;
import org.spinechoice.app.clinic.promresponse.PromResponse;
import org.spinechoice.app.clinic.session.TreatmentSession;

/**
 * Everything a clinic keeps about one patient, read at once for the patient's page: their courses (newest first),
 * each course's sessions and adverse events, and their questionnaire responses (newest first).
 */
public record PatientFile(
        Patient patient,
        List<TreatmentCourse> courses,
        List<TreatmentSession> sessions,
        List<AdverseEvent> adverseEvents,
        List<PromResponse> responses) {

    public PatientFile {
        Objects.requireNonNull(patient, "patient");
        courses = List.copyOf(courses);
        sessions = List.copyOf(sessions);
        adverseEvents = List.copyOf(adverseEvents);
        responses = List.copyOf(responses);
    }

    /** The sessions of each course, in the order given. */
    public Map<String, List<TreatmentSession>> sessionsByCourse() {
        return sessions.stream().collect(Collectors.groupingBy(TreatmentSession::courseId));
    }

    /** The adverse events of each course, in the order they happened. */
    public Map<String, List<AdverseEvent>> adverseEventsByCourse() {
        return adverseEvents.stream().collect(Collectors.groupingBy(AdverseEvent::courseId));
    }
}
