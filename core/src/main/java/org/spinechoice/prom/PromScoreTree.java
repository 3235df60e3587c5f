package org.spinechoice.prom;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a score as the parsed-JSON tree (maps, lists, strings, numbers, booleans, nulls) of the API response in
 * {@code spec/proms.md}: {@code instrument}, {@code score}, {@code range}, {@code band}, {@code answered} and
 * {@code missing}, with each instrument's own members, in a stable order. Stateless and thread-safe.
 */
public final class PromScoreTree {

    private PromScoreTree() {}

    /**
     * The 200 response body of a scored questionnaire. Members an instrument does not have are left out, except
     * ZCQ subscales, which are written as {@code null} when empty. An mJOA score carries its {@code note}.
     */
    public static Map<String, Object> of(PromScore.Scored scored) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("instrument", scored.instrument().id());
        scored.score().ifPresent(score -> tree.put("score", score));
        scored.percent().ifPresent(percent -> tree.put("percent", percent));
        scored.range().ifPresent(range -> tree.put("range", List.of(range.min(), range.max())));
        scored.band().ifPresent(band -> tree.put("band", band.id()));
        if (!scored.subscales().isEmpty()) {
            Map<String, Object> subscales = new LinkedHashMap<>();
            scored.subscales()
                    .forEach(subscale ->
                            subscales.put(subscale.id(), subscale.mean().orElse(null)));
            tree.put("subscales", subscales);
            tree.put("incomplete", scored.incomplete());
        }
        scored.decisionalConflict().ifPresent(conflict -> tree.put("decisionalConflict", conflict));
        tree.put("answered", scored.answered());
        tree.put("missing", scored.missing());
        scored.note().ifPresent(note -> tree.put("note", note));
        return tree;
    }

    /**
     * The instrument-specific members of the 422 problem document: {@code detail}, {@code missing} and
     * {@code maxMissing} (for the ZCQ, per subscale). The caller adds {@code type}, {@code title} and {@code status}.
     */
    public static Map<String, Object> of(PromScore.Incomplete incomplete) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("instrument", incomplete.instrument().id());
        tree.put("detail", incomplete.reason());
        tree.put("missing", incomplete.missing());
        tree.put("maxMissing", incomplete.maxMissing());
        return tree;
    }
}
