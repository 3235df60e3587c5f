package org.spinechoice.evidence;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A statement people meet elsewhere about an option, shown as a claim with the evidence beside it, never as fact.
 *
 * @param madeBy who makes the claim
 * @param design the study design behind the claim, in plain words
 * @param assessment how the claim compares with the independent evidence
 * @param figure the stated figure as a fraction (0–1), when the claim states one
 * @param outcome what the stated figure measured; present exactly when {@code figure} is
 */
public record Claim(
        String statement,
        String madeBy,
        String design,
        String assessment,
        OptionalDouble figure,
        Optional<ClaimedOutcome> outcome,
        List<String> sourceIds) {

    public Claim {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(madeBy, "madeBy");
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(outcome, "outcome");
        figure.ifPresent(value -> {
            if (!(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException("figure must be a fraction between 0 and 1: " + value);
            }
        });
        if (figure.isPresent() != outcome.isPresent()) {
            throw new IllegalArgumentException("a claimed figure needs the outcome it measured, and only then");
        }
        sourceIds = List.copyOf(sourceIds);
    }
}
