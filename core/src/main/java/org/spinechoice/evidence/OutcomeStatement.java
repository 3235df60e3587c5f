package org.spinechoice.evidence;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One benefit or harm of an option: what was measured, over what time, against what, the finding in plain words,
 * its figures, how certain the evidence is, how well the figure was checked, and its sources.
 */
public record OutcomeStatement(
        String outcome,
        String timeframe,
        String comparator,
        String statement,
        Optional<NaturalFrequency> naturalFrequency,
        Optional<MeanDifference> meanDifference,
        Certainty certainty,
        FigureConfidence confidence,
        List<String> sourceIds) {

    public OutcomeStatement {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(timeframe, "timeframe");
        Objects.requireNonNull(comparator, "comparator");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(naturalFrequency, "naturalFrequency");
        Objects.requireNonNull(meanDifference, "meanDifference");
        Objects.requireNonNull(certainty, "certainty");
        Objects.requireNonNull(confidence, "confidence");
        sourceIds = List.copyOf(sourceIds);
    }
}
