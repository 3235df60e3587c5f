package org.spinechoice.app.clinic.outcomepage;

import java.util.ArrayList;
import java.util.List;
import org.spinechoice.app.clinic.chart.Tick;
import org.spinechoice.app.clinic.outcome.OptionOutcome;
import org.spinechoice.app.clinic.outcome.OutcomeReport;
import org.spinechoice.app.platform.Messages;
import org.spinechoice.outcome.GroupOutcome;
import org.spinechoice.outcome.Proportion;

/**
 * Lays out the forest plot of one report: a row for each treatment with a responder rate, in the report's order; each
 * label sits on a line of its own above its row, so long treatment names need no margin. Thread-safe.
 */
final class ForestPlots {

    /** Narrower than the patient charts, so that its labels stay legible when it shrinks to a phone's width. */
    static final int WIDTH = 520;

    private static final int LEFT = 16;
    private static final int RIGHT = 24;
    private static final int TOP = 8;
    private static final int ROW = 46;
    private static final int BOTTOM = 34;
    private static final int TICK_STEP = 20;

    private final Messages messages;

    ForestPlots(Messages messages) {
        this.messages = messages;
    }

    ForestPlot of(OutcomeReport report) {
        LinearScale percent = new LinearScale(0, 1, LEFT, WIDTH - RIGHT);
        List<ForestPlot.Row> rows = new ArrayList<>();
        List<String> tooFew = new ArrayList<>();
        List<String> description = new ArrayList<>();
        for (OptionOutcome option : report.options()) {
            GroupOutcome figures = option.figures();
            String name = option.option().name();
            if (figures.responderRate().isEmpty()) {
                tooFew.add(messages.get("outcomesPage.forest.tooFewOne", name, figures.followedUp()));
                continue;
            }
            Proportion rate = figures.responderRate().get();
            String label = messages.get("outcomesPage.forest.row", name, Figures.rate(rate), figures.followedUp());
            double rowTop = TOP + rows.size() * ROW;
            rows.add(new ForestPlot.Row(
                    label,
                    rowTop + 15,
                    rowTop + 32,
                    percent.at(rate.rate()),
                    percent.at(rate.ci().lower()),
                    percent.at(rate.ci().upper())));
            description.add(label + ".");
        }
        double axisY = TOP + rows.size() * ROW + 4;
        List<Tick> ticks = new ArrayList<>();
        for (int value = 0; value <= 100; value += TICK_STEP) {
            ticks.add(new Tick(percent.at(value / 100.0), value + "%"));
        }
        String timepoint = messages.get("clinic.timepoint." + report.timepoint().id());
        return new ForestPlot(
                messages.get("outcomesPage.forest.title", timepoint),
                String.join(" ", description),
                WIDTH,
                (int) axisY + BOTTOM,
                LEFT,
                WIDTH - RIGHT,
                TOP,
                axisY,
                ticks,
                rows,
                tooFew);
    }
}
