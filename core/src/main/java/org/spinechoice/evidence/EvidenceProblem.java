package org.spinechoice.evidence;

import java.util.Objects;

/**
 * One thing wrong with an evidence file: which file, which field (a path such as {@code benefits[2].sources}) and
 * what was expected.
 */
public record EvidenceProblem(String file, String field, String message) {

    public EvidenceProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return file + ": " + (field.isEmpty() ? "" : field + ": ") + message;
    }
}
