package org.spinechoice.app.clinic.course;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Treatment courses as the clinic API writes them; a member without a value is written as {@code null}. */
final class CourseJson {

    private CourseJson() {}

    static Map<String, Object> of(TreatmentCourse course) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", course.id());
        json.put("patientId", course.patientId());
        json.put("option", course.option().id());
        json.put("region", course.region().id());
        json.put("clinician", course.clinician().orElse(null));
        json.put("startDate", course.startDate().toString());
        json.put("plannedSessions", course.plannedSessions());
        json.put("intervalWeeks", course.intervalWeeks());
        json.put("status", course.status().id());
        json.put("endReason", course.endReason().orElse(null));
        json.put("createdAt", course.createdAt().toString());
        return json;
    }

    static Map<String, Object> of(List<TreatmentCourse> courses) {
        return Map.of("courses", courses.stream().map(CourseJson::of).toList());
    }
}
