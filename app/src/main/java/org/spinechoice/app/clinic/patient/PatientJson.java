package org.spinechoice.app.clinic.patient;

import java.util.LinkedHashMap;
import java.util.Map;

/** Patients as the clinic API writes them; a member without a value is written as {@code null}. */
final class PatientJson {

    private PatientJson() {}

    static Map<String, Object> of(Patient patient) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", patient.id());
        json.put("displayName", patient.displayName());
        json.put("birthYear", patient.birthYear());
        json.put("sex", patient.sex().id());
        json.put("reference", patient.reference().orElse(null));
        json.put("contactEmail", patient.contactEmail().orElse(null));
        json.put("createdAt", patient.createdAt().toString());
        return json;
    }

    static Map<String, Object> of(PatientRecord record) {
        Map<String, Object> json = of(record.patient());
        json.put("courses", record.courses().stream().map(PatientJson::course).toList());
        return json;
    }

    static Map<String, Object> of(PatientList list) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("patients", list.patients().stream().map(PatientJson::of).toList());
        json.put("total", list.total());
        json.put("limit", list.query().limit());
        json.put("offset", list.query().offset());
        return json;
    }

    private static Map<String, Object> course(CourseSummary course) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", course.id());
        json.put("option", course.option().id());
        json.put("region", course.region().id());
        json.put("status", course.status().id());
        json.put("startDate", course.startDate().toString());
        json.put("plannedSessions", course.plannedSessions());
        json.put("sessionsRecorded", course.sessionsRecorded());
        return json;
    }
}
