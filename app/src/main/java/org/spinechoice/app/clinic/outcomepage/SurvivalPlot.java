package org.spinechoice.app.clinic.outcomepage;

import java.util.List;
import java.util.Objects;
import org.spinechoice.app.clinic.chart.Tick;
import org.spinechoice.outcome.SurvivalStep;

/**
 * Kaplan–Meier time to first response as a chart: per treatment, the share who had responded by each day as a step
 * line with its 95% band, up to the last day of the 12-month window. Every position is worked out in the coordinates
 * of the SVG {@code viewBox}. Its text equivalents are the description, the legend and each curve's table of steps.
 *
 * @param dayTicks the follow-up target days, labelled with the day; {@code timepointTicks} the same, with the time point
 * @param legend which line is which treatment, in words
 * @param tooFew the treatments with too few patients in the analysis to draw, each with how many there are
 */
public record SurvivalPlot(
        String title,
        String description,
        int width,
        int height,
        double plotLeft,
        double plotRight,
        double plotTop,
        double plotBottom,
        List<Tick> percentTicks,
        List<Tick> dayTicks,
        List<Tick> timepointTicks,
        List<Curve> curves,
        List<String> legend,
        List<String> tooFew) {

    public SurvivalPlot {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        percentTicks = List.copyOf(percentTicks);
        dayTicks = List.copyOf(dayTicks);
        timepointTicks = List.copyOf(timepointTicks);
        curves = List.copyOf(curves);
        legend = List.copyOf(legend);
        tooFew = List.copyOf(tooFew);
    }

    /**
     * One treatment's curve.
     *
     * @param path the SVG path of the step line
     * @param band the SVG path of its 95% band, a closed shape
     * @param labelAnchor {@code start} or {@code end}: which side of ({@code labelX}, {@code labelY}) the name runs
     * @param steps every row of the Kaplan–Meier table, days past the chart's end included
     */
    public record Curve(
            String name,
            String colour,
            String dash,
            String path,
            String band,
            String label,
            double labelX,
            double labelY,
            String labelAnchor,
            int patients,
            int responded,
            List<SurvivalStep> steps) {
        public Curve {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(colour, "colour");
            Objects.requireNonNull(dash, "dash");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(band, "band");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(labelAnchor, "labelAnchor");
            steps = List.copyOf(steps);
        }

        /** The curve with its name moved to {@code y}, so that names of curves ending close together do not overlap. */
        Curve withLabelY(double y) {
            return new Curve(name, colour, dash, path, band, label, labelX, y, labelAnchor, patients, responded, steps);
        }
    }
}
