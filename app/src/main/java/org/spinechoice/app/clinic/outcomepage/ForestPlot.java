package org.spinechoice.app.clinic.outcomepage;

import java.util.List;
import java.util.Objects;
import org.spinechoice.app.clinic.chart.Tick;

/**
 * The responder rates of one time point as a forest plot: a row per treatment with a point at its rate and a line
 * across its 95% interval, on one 0–100% axis, every position already worked out in the coordinates of the SVG
 * {@code viewBox} so the template only places them. Its text equivalent is the description; groups too small to
 * plot are named under it.
 *
 * @param tooFew the treatments left out as too few to say, each with how many were followed up
 */
public record ForestPlot(
        String title,
        String description,
        int width,
        int height,
        double plotLeft,
        double plotRight,
        double plotTop,
        double axisY,
        List<Tick> ticks,
        List<Row> rows,
        List<String> tooFew) {

    public ForestPlot {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        ticks = List.copyOf(ticks);
        rows = List.copyOf(rows);
        tooFew = List.copyOf(tooFew);
    }

    /**
     * One treatment: its label above its interval line.
     *
     * @param point the horizontal position of the rate; {@code lower} and {@code upper} those of the interval's ends
     */
    public record Row(String label, double labelY, double y, double point, double lower, double upper) {
        public Row {
            Objects.requireNonNull(label, "label");
        }
    }
}
