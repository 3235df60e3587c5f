package org.spinechoice.app.clinic.session;

import java.util.LinkedHashMap;
import java.util.Map;
import org.spinechoice.treatment.SessionDetails;
import org.spinechoice.treatment.SpinalLevel;

/**
 * A session's details as a JSON tree, {@code kind} first: what the API answers and what the database stores, so
 * stored details read back through {@link SessionDetailsReader} unchanged.
 */
final class SessionDetailsJson {

    private SessionDetailsJson() {}

    static Map<String, Object> of(SessionDetails details) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", details.kind().id());
        if (details instanceof SessionDetails.Injection injection) {
            json.put("solution", injection.solution());
            json.put("concentration", injection.concentration().orElse(null));
            json.put("volumeMl", injection.volumeMl());
            json.put("levels", injection.levels().stream().map(SpinalLevel::id).toList());
            json.put("sites", injection.sites());
            json.put("imageGuidance", injection.imageGuidance().id());
            json.put("clinician", injection.clinician().orElse(null));
        } else if (details instanceof SessionDetails.PhysicalTherapy therapy) {
            json.put("exercises", therapy.exercises());
            json.put("minutes", therapy.minutes());
        } else if (details instanceof SessionDetails.Surgery surgery) {
            json.put("procedure", surgery.procedure());
            json.put("levels", surgery.levels().stream().map(SpinalLevel::id).toList());
        } else {
            json.put("text", ((SessionDetails.Other) details).text());
        }
        return json;
    }
}
