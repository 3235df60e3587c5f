package org.spinechoice.app.clinic.chart;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.spinechoice.prom.Instrument;

/**
 * One instrument's chart on a patient's page, every position already worked out by {@link ChartGeometry} and written
 * as SVG numbers, so the template only places them. Its text equivalent is the title, the description (every point
 * and line in words) and the caption lines shown under it.
 *
 * @param id the HTML id of the figure, such as {@code chart-odi}
 * @param captions the rule in use, the baseline it was drawn from and any note, shown under the chart
 */
public record ScoreChart(
        String id,
        Instrument instrument,
        String title,
        String description,
        ChartGeometry geometry,
        List<Tick> scoreTicks,
        List<Tick> dateTicks,
        List<Series> series,
        List<ResponseLine> responseLines,
        List<String> captions) {

    public ScoreChart {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(geometry, "geometry");
        scoreTicks = List.copyOf(scoreTicks);
        dateTicks = List.copyOf(dateTicks);
        series = List.copyOf(series);
        responseLines = List.copyOf(responseLines);
        captions = List.copyOf(captions);
    }

    /** A number as an SVG coordinate: one decimal is finer than a pixel. */
    public static String svg(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /**
     * One line of scores with its markers.
     *
     * @param marker {@code circle} or {@code square}, so two series differ in more than colour
     * @param dash an SVG {@code stroke-dasharray}, empty for a solid line
     * @param polyline the SVG {@code points} of the line through the points, in date order
     */
    public record Series(String name, String colour, String marker, String dash, String polyline, List<Point> points) {
        public Series {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(colour, "colour");
            Objects.requireNonNull(marker, "marker");
            Objects.requireNonNull(dash, "dash");
            Objects.requireNonNull(polyline, "polyline");
            points = List.copyOf(points);
        }
    }

    /** A score placed on the chart, labelled with its value unless there are too many to label. */
    public record Point(double x, double y, double labelY, Optional<String> label) {
        public Point {
            Objects.requireNonNull(label, "label");
        }
    }

    /** The score a follow-up must reach to count as a response, drawn from the course start to the right edge. */
    public record ResponseLine(double x1, double x2, double y, String colour, String label, double labelY) {
        public ResponseLine {
            Objects.requireNonNull(colour, "colour");
            Objects.requireNonNull(label, "label");
        }
    }
}
