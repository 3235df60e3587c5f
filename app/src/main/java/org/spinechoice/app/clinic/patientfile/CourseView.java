package org.spinechoice.app.clinic.patientfile;

import java.util.List;
import java.util.Objects;
import org.spinechoice.app.clinic.adverseevent.AdverseEvent;
import org.spinechoice.app.clinic.course.TreatmentCourse;
import org.spinechoice.prom.Instrument;

/**
 * One course as the patient's page shows it: what and by whom, its questionnaire schedule as a table (a row per time
 * point, a column per instrument), its sessions and its adverse events.
 *
 * @param clinician the email of the member of staff in charge, or empty text when none is recorded
 */
public record CourseView(
        TreatmentCourse course,
        String optionName,
        String clinician,
        List<Instrument> instruments,
        List<ScheduleRow> schedule,
        List<SessionLine> sessions,
        List<AdverseEvent> adverseEvents) {

    public CourseView {
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(optionName, "optionName");
        Objects.requireNonNull(clinician, "clinician");
        instruments = List.copyOf(instruments);
        schedule = List.copyOf(schedule);
        sessions = List.copyOf(sessions);
        adverseEvents = List.copyOf(adverseEvents);
    }
}
