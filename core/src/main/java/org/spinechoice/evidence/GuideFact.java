package org.spinechoice.evidence;

import java.util.List;
import java.util.Objects;

/** A finding in the condition guide, in plain words with its figure, how well it was checked and its sources. */
public record GuideFact(String text, FigureConfidence confidence, List<String> sourceIds) {

    public GuideFact {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(confidence, "confidence");
        sourceIds = List.copyOf(sourceIds);
    }
}
