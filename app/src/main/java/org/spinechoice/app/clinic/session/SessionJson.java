package org.spinechoice.app.clinic.session;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Treatment sessions as the clinic API writes them. */
final class SessionJson {

    private SessionJson() {}

    static Map<String, Object> of(TreatmentSession session) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", session.id());
        json.put("courseId", session.courseId());
        json.put("date", session.date().toString());
        json.put("details", SessionDetailsJson.of(session.details()));
        json.put("createdAt", session.createdAt().toString());
        return json;
    }

    static Map<String, Object> of(List<TreatmentSession> sessions) {
        return Map.of("sessions", sessions.stream().map(SessionJson::of).toList());
    }
}
