package org.spinechoice.prom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds answer maps from compact strings and unwraps results, for the scoring tests. */
final class Answers {

    private Answers() {}

    /**
     * The answers to {@code instrument}'s items in questionnaire order, written like {@code "3 2 - 1"}: one token per
     * item, {@code -} for unanswered (kept as a {@code null} value), {@code |} as a readable separator.
     */
    static Map<String, Integer> of(Instrument instrument, String values) {
        List<String> tokens = Arrays.stream(values.trim().split("\\s+"))
                .filter(token -> !token.equals("|"))
                .toList();
        List<String> itemIds = instrument.itemIds();
        assertThat(tokens).as("one token per %s item", instrument.id()).hasSameSizeAs(itemIds);
        Map<String, Integer> answers = new HashMap<>();
        for (int index = 0; index < tokens.size(); index++) {
            String token = tokens.get(index);
            answers.put(itemIds.get(index), token.equals("-") ? null : Integer.valueOf(token));
        }
        return answers;
    }

    static PromScore.Scored scored(Instrument instrument, String values) {
        PromScore result = PromScoring.score(instrument, of(instrument, values));
        assertThat(result).as("%s %s", instrument.id(), values).isInstanceOf(PromScore.Scored.class);
        return (PromScore.Scored) result;
    }

    static PromScore.Incomplete incomplete(Instrument instrument, String values) {
        PromScore result = PromScoring.score(instrument, of(instrument, values));
        assertThat(result).as("%s %s", instrument.id(), values).isInstanceOf(PromScore.Incomplete.class);
        return (PromScore.Incomplete) result;
    }
}
