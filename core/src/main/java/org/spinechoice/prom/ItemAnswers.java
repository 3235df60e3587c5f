package org.spinechoice.prom;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The answers to one instrument after checking, in questionnaire order; an item that is absent or {@code null} is
 * unanswered. Answers from outside must go through {@link AnswerReader} first: an unknown id or a value out of range
 * here is a programming error and throws.
 */
record ItemAnswers(Instrument instrument, Map<String, Integer> answered, List<String> missing) {

    ItemAnswers {
        Objects.requireNonNull(instrument, "instrument");
        answered = Collections.unmodifiableMap(new LinkedHashMap<>(answered));
        missing = List.copyOf(missing);
    }

    static ItemAnswers of(Instrument instrument, Map<String, Integer> answers) {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(answers, "answers");
        for (Map.Entry<String, Integer> answer : answers.entrySet()) {
            Item item = instrument
                    .item(answer.getKey())
                    .orElseThrow(() -> new IllegalArgumentException("unknown item '" + answer.getKey() + "' for "
                            + instrument.id() + "; read answers with AnswerReader"));
            if (answer.getValue() != null && !item.allows(answer.getValue())) {
                throw new IllegalArgumentException(item.id() + " = " + answer.getValue() + " is outside " + item.min()
                        + ".." + item.max() + "; read answers with AnswerReader");
            }
        }
        Map<String, Integer> answered = new LinkedHashMap<>();
        for (String itemId : instrument.itemIds()) {
            Integer value = answers.get(itemId);
            if (value != null) {
                answered.put(itemId, value);
            }
        }
        List<String> missing = instrument.itemIds().stream()
                .filter(itemId -> !answered.containsKey(itemId))
                .toList();
        return new ItemAnswers(instrument, answered, missing);
    }

    int count() {
        return answered.size();
    }

    int sum() {
        return answered.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The answer to the first (for NRS and walking, the only) item, when answered. */
    Optional<Integer> first() {
        return Optional.ofNullable(answered.get(instrument.itemIds().get(0)));
    }

    /** An incomplete result when more than {@code maxMissing} items are unanswered; {@code items} names them. */
    Optional<PromScore> incompleteIfMoreMissingThan(int maxMissing, String items) {
        if (missing.size() <= maxMissing) {
            return Optional.empty();
        }
        int total = instrument.items().size();
        String rule = maxMissing == 0
                ? "all " + total + " " + items + " are required"
                : "at most " + maxMissing + " of the " + total + " " + items + " may be unanswered";
        return Optional.of(
                new PromScore.Incomplete(instrument, missing.size() + " unanswered; " + rule, missing, maxMissing));
    }
}
