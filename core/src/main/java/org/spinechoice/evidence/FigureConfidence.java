package org.spinechoice.evidence;

import org.spinechoice.vocabulary.Coded;

/**
 * How well a figure itself was checked against its source: the evidence file's ✅ ◐ ⚠ marks.
 *
 * <p>Anything short of {@link #CONFIRMED} is shown with a visible "figure under review" note.
 */
public enum FigureConfidence implements Coded {
    CONFIRMED("confirmed"),
    PARTLY_CONFIRMED("partly-confirmed"),
    UNCONFIRMED("unconfirmed");

    private final String id;

    FigureConfidence(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** Whether pages must flag the figure as under review. */
    public boolean underReview() {
        return this != CONFIRMED;
    }
}
