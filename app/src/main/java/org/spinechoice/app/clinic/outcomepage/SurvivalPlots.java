package org.spinechoice.app.clinic.outcomepage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.spinechoice.app.clinic.chart.Tick;
import org.spinechoice.app.clinic.outcome.OptionOutcome;
import org.spinechoice.app.clinic.outcome.OutcomeReport;
import org.spinechoice.app.platform.Messages;
import org.spinechoice.outcome.SurvivalStep;
import org.spinechoice.outcome.TimeToResponse;
import org.spinechoice.prom.Timepoint;

/**
 * Lays out the time-to-response chart of a report: a curve for each treatment with enough patients in the analysis
 * (core leaves the curve out below the group threshold), days 0 to 407 (the end of the 12-month window) across and
 * 0–100% up. Each curve's name is written at its end, moved apart from the others where they end close together.
 * Thread-safe.
 */
final class SurvivalPlots {

    static final int LAST_DAY = Timepoint.TWELVE_MONTHS.window().orElseThrow().lastDay();
    private static final int WIDTH = 640;
    private static final int HEIGHT = 330;
    private static final int LEFT = 48;
    private static final int RIGHT = 16;
    private static final int TOP = 14;
    private static final int BOTTOM = 58;
    private static final double LABEL_GAP = 14;
    /** A rough width of one character of the 12-pixel labels, to keep a name inside the plot. */
    private static final double CHARACTER_WIDTH = 6.4;

    private final Messages messages;

    SurvivalPlots(Messages messages) {
        this.messages = messages;
    }

    SurvivalPlot of(OutcomeReport report) {
        LinearScale days = new LinearScale(0, LAST_DAY, LEFT, WIDTH - RIGHT);
        LinearScale percent = new LinearScale(0, 1, HEIGHT - BOTTOM, TOP);
        List<SurvivalPlot.Curve> curves = new ArrayList<>();
        List<String> legend = new ArrayList<>();
        List<String> tooFew = new ArrayList<>();
        List<String> description = new ArrayList<>();
        for (OptionOutcome option : report.options()) {
            TimeToResponse time = option.figures().timeToResponse();
            String name = option.option().name();
            if (time.curve().isEmpty()) {
                tooFew.add(messages.get("outcomesPage.survival.tooFewOne", name, time.patients()));
                continue;
            }
            CurveStyle style = CurveStyle.of(curves.size());
            List<SurvivalStep> steps = WeeklySteps.of(time.curve().get());
            SurvivalStep end = StepLine.lastDrawn(steps, LAST_DAY);
            curves.add(curve(name, style, time, steps, days, percent));
            legend.add(messages.get("outcomesPage.survival.legend", name, messages.get(style.wordsKey())));
            description.add(messages.get(
                    "outcomesPage.survival.curve",
                    name,
                    time.patients(),
                    time.responded(),
                    StepLine.lastDay(steps, LAST_DAY),
                    Figures.share(end.cumulative(), end.cumulativeCi())));
        }
        return new SurvivalPlot(
                messages.get("outcomesPage.survival.title"),
                String.join(" ", description),
                WIDTH,
                HEIGHT,
                LEFT,
                WIDTH - RIGHT,
                TOP,
                HEIGHT - BOTTOM,
                percentTicks(percent),
                dayTicks(days, false),
                dayTicks(days, true),
                spreadLabels(curves),
                legend,
                tooFew);
    }

    private SurvivalPlot.Curve curve(
            String name,
            CurveStyle style,
            TimeToResponse time,
            List<SurvivalStep> steps,
            LinearScale days,
            LinearScale percent) {
        double endX = days.at(StepLine.lastDay(steps, LAST_DAY));
        double endY = percent.at(StepLine.lastDrawn(steps, LAST_DAY).cumulative());
        String label = name.replaceFirst(" \\(.*$", "");
        boolean fitsLeftOfEnd = endX - label.length() * CHARACTER_WIDTH >= LEFT;
        return new SurvivalPlot.Curve(
                name,
                style.colour(),
                style.dash(),
                StepLine.path(steps, days, percent, LAST_DAY),
                StepLine.band(steps, days, percent, LAST_DAY),
                label,
                fitsLeftOfEnd ? endX : endX + 6,
                endY - 6,
                fitsLeftOfEnd ? "end" : "start",
                time.patients(),
                time.responded(),
                steps);
    }

    /** Moves names down, top to bottom, until each is at least a line below the one above, and back inside the plot. */
    private static List<SurvivalPlot.Curve> spreadLabels(List<SurvivalPlot.Curve> curves) {
        List<SurvivalPlot.Curve> byHeight = new ArrayList<>(curves);
        byHeight.sort(Comparator.comparingDouble(SurvivalPlot.Curve::labelY));
        double previous = TOP + 12 - LABEL_GAP;
        List<SurvivalPlot.Curve> spread = new ArrayList<>();
        for (SurvivalPlot.Curve curve : byHeight) {
            double y = Math.max(curve.labelY(), previous + LABEL_GAP);
            spread.add(curve.withLabelY(y));
            previous = y;
        }
        double overflow = Math.max(0, previous - (HEIGHT - BOTTOM - 4));
        List<SurvivalPlot.Curve> placed = new ArrayList<>();
        for (SurvivalPlot.Curve curve : curves) {
            SurvivalPlot.Curve moved = spread.get(byHeight.indexOf(curve));
            placed.add(moved.withLabelY(moved.labelY() - overflow));
        }
        return placed;
    }

    private static List<Tick> percentTicks(LinearScale percent) {
        List<Tick> ticks = new ArrayList<>();
        for (int value = 0; value <= 100; value += 20) {
            ticks.add(new Tick(percent.at(value / 100.0), value + "%"));
        }
        return ticks;
    }

    /** Day 0 and the follow-up target days, labelled with the day or with the time point. */
    private List<Tick> dayTicks(LinearScale days, boolean timepoints) {
        List<Tick> ticks = new ArrayList<>();
        ticks.add(new Tick(days.at(0), timepoints ? messages.get("outcomesPage.survival.start") : "0"));
        for (Timepoint timepoint : Timepoint.values()) {
            timepoint
                    .window()
                    .ifPresent(window -> ticks.add(new Tick(
                            days.at(window.targetDay()),
                            timepoints
                                    ? messages.get("clinic.timepoint." + timepoint.id())
                                    : String.valueOf(window.targetDay()))));
        }
        return ticks;
    }
}
