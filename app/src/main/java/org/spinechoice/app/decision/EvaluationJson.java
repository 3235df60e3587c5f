package org.spinechoice.app.decision;

import java.util.LinkedHashMap;
import java.util.Map;
import org.spinechoice.app.triage.TriageJson;
import org.spinechoice.decision.Evaluation;
import org.spinechoice.decision.OptionEvaluation;
import org.spinechoice.decision.Reason;

/** The evaluation as the JSON of {@code spec/options.md}. */
final class EvaluationJson {

    private EvaluationJson() {}

    static Map<String, Object> of(Evaluation evaluation) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("triage", TriageJson.of(evaluation.triage()));
        json.put(
                "options",
                evaluation.options().stream().map(EvaluationJson::option).toList());
        return json;
    }

    private static Map<String, Object> option(OptionEvaluation evaluation) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", evaluation.option().id());
        json.put("suitability", evaluation.suitability().id());
        json.put(
                "reasons",
                evaluation.reasons().stream().map(EvaluationJson::reason).toList());
        json.put("preferenceFit", evaluation.preferenceFit());
        return json;
    }

    private static Map<String, Object> reason(Reason reason) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("text", reason.text());
        json.put("sources", reason.sources());
        return json;
    }
}
