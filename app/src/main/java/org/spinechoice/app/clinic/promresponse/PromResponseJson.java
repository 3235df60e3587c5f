package org.spinechoice.app.clinic.promresponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spinechoice.prom.PromScoreTree;

/**
 * Questionnaire responses as the clinic API writes them: the record's members, the answers as given, and under
 * {@code result} the score exactly as the scoring API writes it.
 */
final class PromResponseJson {

    private PromResponseJson() {}

    static Map<String, Object> of(PromResponse response) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", response.id());
        json.put("patientId", response.patientId());
        json.put("courseId", response.courseId().orElse(null));
        json.put("instrument", response.instrument().id());
        json.put("takenOn", response.takenOn().toString());
        json.put("timepoint", response.timepoint().timepoint().id());
        json.put("outsideWindow", response.timepoint().outsideWindow());
        json.put("questionnaireVersion", response.questionnaireVersion());
        json.put("source", response.source().id());
        json.put("answers", response.answers());
        json.put("result", PromScoreTree.of(response.score()));
        json.put("createdAt", response.createdAt().toString());
        return json;
    }

    static Map<String, Object> of(List<PromResponse> responses) {
        return Map.of(
                "promResponses", responses.stream().map(PromResponseJson::of).toList());
    }
}
