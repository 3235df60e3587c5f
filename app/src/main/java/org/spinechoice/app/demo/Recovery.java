package org.spinechoice.app.demo;

import java.util.Map;
import org.spinechoice.prom.Timepoint;
import org.spinechoice.vocabulary.Coded;

/**
 * How the improvement of a demo patient who improves unfolds over the follow-ups: the share of their eventual gain
 * reached at each time point. Invented shapes, chosen only so that options look different in the demo.
 */
enum Recovery implements Coded {
    /** Most of the gain by six weeks, and it lasts (an operation). */
    EARLY_LASTING("early-lasting", 0.8, 1.0, 1.0, 0.95),
    /** The gain peaks early and fades over the year (an epidural injection). */
    EARLY_FADING("early-fading", 1.0, 0.8, 0.5, 0.35),
    /** The gain builds over months (exercise, a series of injections). */
    GRADUAL("gradual", 0.4, 0.75, 1.0, 1.0),
    /** Some gain soon, a little lost later (medicines, waiting). */
    STEADY("steady", 0.7, 0.9, 0.9, 0.8);

    private final String id;
    private final Map<Timepoint, Double> shareOfGain;

    Recovery(String id, double sixWeeks, double threeMonths, double sixMonths, double twelveMonths) {
        this.id = id;
        this.shareOfGain = Map.of(
                Timepoint.BASELINE, 0.0,
                Timepoint.SIX_WEEKS, sixWeeks,
                Timepoint.THREE_MONTHS, threeMonths,
                Timepoint.SIX_MONTHS, sixMonths,
                Timepoint.TWELVE_MONTHS, twelveMonths);
    }

    @Override
    public String id() {
        return id;
    }

    /** The share of the eventual gain reached at a time point of the schedule; 0 at baseline. */
    double shareOfGainAt(Timepoint timepoint) {
        Double share = shareOfGain.get(timepoint);
        if (share == null) {
            throw new IllegalArgumentException("no share of gain at " + timepoint.id());
        }
        return share;
    }
}
