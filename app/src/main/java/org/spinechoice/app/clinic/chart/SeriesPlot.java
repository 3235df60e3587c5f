package org.spinechoice.app.clinic.chart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.spinechoice.app.clinic.promresponse.PromResponse;

/** Places one series and its response line on a chart. Pure and thread-safe. */
final class SeriesPlot {

    /** Beyond this many points only the first and the last are labelled, which keeps a chart legible and small. */
    static final int MAX_LABELLED = 24;

    /** How far above a point (or below, near the top) its label sits. */
    private static final double LABEL_OFFSET = 9;

    private SeriesPlot() {}

    /** The points of the responses (in date order) that have a value on this scale. */
    static ScoreChart.Series of(
            ChartGeometry geometry,
            String name,
            SeriesStyle style,
            List<PromResponse> responses,
            Function<PromResponse, Optional<BigDecimal>> value) {
        List<PromResponse> scored = responses.stream()
                .filter(response -> value.apply(response).isPresent())
                .toList();
        List<ScoreChart.Point> points = new ArrayList<>();
        for (int index = 0; index < scored.size(); index++) {
            PromResponse response = scored.get(index);
            BigDecimal score = value.apply(response).orElseThrow();
            boolean labelled = scored.size() <= MAX_LABELLED || index == 0 || index == scored.size() - 1;
            double y = geometry.y(score);
            points.add(new ScoreChart.Point(
                    geometry.x(response.takenOn()),
                    y,
                    labelY(geometry, y),
                    labelled ? Optional.of(ChartText.number(score)) : Optional.empty()));
        }
        String polyline = points.stream()
                .map(point -> ScoreChart.svg(point.x()) + "," + ScoreChart.svg(point.y()))
                .collect(Collectors.joining(" "));
        return new ScoreChart.Series(name, style.colour(), style.marker(), style.dash(), polyline, points);
    }

    /** The response line at {@code threshold}, from the course start to the right edge of the plot. */
    static ScoreChart.ResponseLine responseLine(
            ChartGeometry geometry, BigDecimal threshold, LocalDate courseStart, SeriesStyle style, String label) {
        double y = geometry.y(threshold);
        return new ScoreChart.ResponseLine(
                geometry.x(courseStart), geometry.plotRight(), y, style.colour(), label, labelY(geometry, y));
    }

    private static double labelY(ChartGeometry geometry, double y) {
        return y - LABEL_OFFSET < geometry.plotTop() + LABEL_OFFSET ? y + 2 * LABEL_OFFSET : y - LABEL_OFFSET;
    }
}
