package org.spinechoice.evidence;

import java.util.List;
import java.util.Objects;

/**
 * The one statement that sums up the comparative evidence for an option, whichever way it points.
 *
 * <p>Direction and certainty are kept apart so that "moderate certainty of no important benefit" can never be read
 * as "moderate evidence of benefit".
 */
public record Headline(String statement, Direction direction, Certainty certainty, List<String> sourceIds) {

    public Headline {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(certainty, "certainty");
        sourceIds = List.copyOf(sourceIds);
    }
}
