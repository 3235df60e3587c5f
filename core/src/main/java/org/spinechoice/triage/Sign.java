package org.spinechoice.triage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.spinechoice.vocabulary.Coded;
import org.spinechoice.vocabulary.Symptom;
import org.spinechoice.vocabulary.WarningSign;

/** A symptom or warning sign named by a rule, so that rules can list both kinds in the contract's order. */
record Sign(Coded value) {

    Sign {
        Objects.requireNonNull(value, "value");
        if (!(value instanceof Symptom) && !(value instanceof WarningSign)) {
            throw new IllegalArgumentException("a sign is a symptom or a warning sign");
        }
    }

    static List<Sign> of(Coded... values) {
        return Arrays.stream(values).map(Sign::new).toList();
    }

    @SafeVarargs
    static List<Sign> concat(List<Sign>... lists) {
        List<Sign> all = new ArrayList<>();
        for (List<Sign> list : lists) {
            all.addAll(list);
        }
        return List.copyOf(all);
    }

    boolean presentIn(TriageInput input) {
        return value instanceof Symptom symptom ? input.has(symptom) : input.has((WarningSign) value);
    }

    static boolean anyPresent(TriageInput input, List<Sign> signs) {
        return signs.stream().anyMatch(sign -> sign.presentIn(input));
    }

    /** The ids of the signs present, in the order the rule names them. */
    static List<String> present(TriageInput input, List<Sign> signs) {
        return signs.stream()
                .filter(sign -> sign.presentIn(input))
                .map(sign -> sign.value().id())
                .toList();
    }

    /** Joins lists of reasons, keeping the first place of each. */
    static List<String> join(List<String> first, List<String> second) {
        LinkedHashSet<String> joined = new LinkedHashSet<>(first);
        joined.addAll(second);
        return List.copyOf(joined);
    }
}
