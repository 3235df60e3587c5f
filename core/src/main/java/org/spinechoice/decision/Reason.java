package org.spinechoice.decision;

import java.util.List;
import java.util.Objects;

/** Why an option is marked as it is, in plain words, with the ids of the sources behind it (may be empty). */
public record Reason(String text, List<String> sources) {

    public Reason {
        Objects.requireNonNull(text, "text");
        sources = List.copyOf(sources);
    }

    static Reason unsourced(String text) {
        return new Reason(text, List.of());
    }
}
