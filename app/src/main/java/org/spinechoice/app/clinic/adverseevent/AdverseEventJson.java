package org.spinechoice.app.clinic.adverseevent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Adverse events as the clinic API writes them; a member without a value is written as {@code null}. */
final class AdverseEventJson {

    private AdverseEventJson() {}

    static Map<String, Object> of(AdverseEvent event) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", event.id());
        json.put("courseId", event.courseId());
        json.put("date", event.date().toString());
        json.put("severity", event.severity().id());
        json.put("description", event.description());
        json.put("outcome", event.outcome().orElse(null));
        json.put("createdAt", event.createdAt().toString());
        return json;
    }

    static Map<String, Object> of(List<AdverseEvent> events) {
        return Map.of("adverseEvents", events.stream().map(AdverseEventJson::of).toList());
    }
}
