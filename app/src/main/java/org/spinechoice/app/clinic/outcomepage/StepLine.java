package org.spinechoice.app.clinic.outcomepage;

import java.util.ArrayList;
import java.util.List;
import org.spinechoice.app.clinic.chart.ScoreChart;
import org.spinechoice.outcome.Interval;
import org.spinechoice.outcome.SurvivalStep;

/**
 * The SVG paths of a Kaplan–Meier curve of the share who have responded: a step line that starts at 0% on day 0 and
 * rises only on days with a response, runs on flat to the last day anyone was followed, and its 95% band. Steps past
 * {@code lastDrawnDay} are left out. Pure and thread-safe.
 */
final class StepLine {

    /** Where the line rises, and the interval from there on. */
    private record Level(int day, double share, Interval ci) {}

    private StepLine() {}

    /** The last day the curve reaches: the last step's day, or {@code lastDrawnDay} when steps run past it. */
    static int lastDay(List<SurvivalStep> steps, int lastDrawnDay) {
        int last = steps.isEmpty() ? 0 : steps.get(steps.size() - 1).day();
        return Math.min(last, lastDrawnDay);
    }

    /** The share and interval at the end of the drawn curve. */
    static SurvivalStep lastDrawn(List<SurvivalStep> steps, int lastDrawnDay) {
        SurvivalStep last = null;
        for (SurvivalStep step : steps) {
            if (step.day() <= lastDrawnDay) {
                last = step;
            }
        }
        if (last == null) {
            throw new IllegalArgumentException("a curve needs a step on or before day " + lastDrawnDay);
        }
        return last;
    }

    static String path(List<SurvivalStep> steps, LinearScale days, LinearScale percent, int lastDrawnDay) {
        List<Level> levels = levels(steps, lastDrawnDay);
        StringBuilder path = new StringBuilder("M").append(point(days.at(0), percent.at(0)));
        for (Level level : levels.subList(1, levels.size())) {
            path.append(" H").append(svg(days.at(level.day()))).append(" V").append(svg(percent.at(level.share())));
        }
        return path.append(" H")
                .append(svg(days.at(lastDay(steps, lastDrawnDay))))
                .toString();
    }

    /** A closed shape: along the upper bounds from day 0 to the end, then back along the lower bounds. */
    static String band(List<SurvivalStep> steps, LinearScale days, LinearScale percent, int lastDrawnDay) {
        List<Level> levels = levels(steps, lastDrawnDay);
        StringBuilder band = new StringBuilder("M").append(point(days.at(0), percent.at(0)));
        for (Level level : levels.subList(1, levels.size())) {
            band.append(" H")
                    .append(svg(days.at(level.day())))
                    .append(" V")
                    .append(svg(percent.at(level.ci().upper())));
        }
        Level last = levels.get(levels.size() - 1);
        band.append(" H").append(svg(days.at(lastDay(steps, lastDrawnDay))));
        band.append(" V").append(svg(percent.at(last.ci().lower())));
        for (int index = levels.size() - 1; index > 0; index--) {
            band.append(" H").append(svg(days.at(levels.get(index).day())));
            band.append(" V").append(svg(percent.at(levels.get(index - 1).ci().lower())));
        }
        return band.append(" H").append(svg(days.at(0))).append(" Z").toString();
    }

    /** Day 0 at 0%, then every drawn day with a response. */
    private static List<Level> levels(List<SurvivalStep> steps, int lastDrawnDay) {
        List<Level> levels = new ArrayList<>();
        levels.add(new Level(0, 0, new Interval(0, 0)));
        for (SurvivalStep step : steps) {
            if (step.events() > 0 && step.day() <= lastDrawnDay) {
                levels.add(new Level(step.day(), step.cumulative(), step.cumulativeCi()));
            }
        }
        return levels;
    }

    private static String point(double x, double y) {
        return svg(x) + " " + svg(y);
    }

    private static String svg(double value) {
        return ScoreChart.svg(value);
    }
}
