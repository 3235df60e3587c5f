package org.spinechoice.app.triage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spinechoice.triage.Finding;
import org.spinechoice.triage.TriageResult;

/** The triage result as the JSON of {@code spec/intake-and-triage.md}. */
public final class TriageJson {

    private TriageJson() {}

    public static Map<String, Object> of(TriageResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("urgency", result.urgency().name());
        json.put("findings", result.findings().stream().map(TriageJson::finding).toList());
        json.put("disclaimer", result.disclaimer());
        return json;
    }

    private static Map<String, Object> finding(Finding finding) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rule", finding.rule().id());
        json.put("urgency", finding.urgency().name());
        json.put("because", List.copyOf(finding.because()));
        json.put("advice", finding.advice());
        json.put("sources", finding.sources());
        return json;
    }
}
