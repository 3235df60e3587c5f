package org.spinechoice.app.clinic.outcomepage;

import java.util.List;
import java.util.Objects;
import org.spinechoice.app.clinic.outcome.OutcomeReport;

/**
 * What the outcomes page shows for valid filters: a table per follow-up time point, the forest plot of the chosen one,
 * the time-to-response chart and the claim checks, with the words that go with every figure.
 *
 * @param tables one report per follow-up time point, in time order
 * @param plotted the report of the time point the forest plot shows
 * @param rule the responder rule in use, in words
 * @param asOf when the figures were read, in words
 * @param changeDecimals the decimals a mean change is given to on this instrument's scale
 * @param changeDirection which way a mean change goes when patients are better, in words
 */
public record OutcomeFigures(
        List<OutcomeReport> tables,
        OutcomeReport plotted,
        ForestPlot forest,
        SurvivalPlot survival,
        List<ClaimCheckView> claims,
        String rule,
        boolean markedForChecking,
        String asOf,
        int changeDecimals,
        String changeDirection) {

    public OutcomeFigures {
        tables = List.copyOf(tables);
        Objects.requireNonNull(plotted, "plotted");
        Objects.requireNonNull(forest, "forest");
        Objects.requireNonNull(survival, "survival");
        claims = List.copyOf(claims);
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(changeDirection, "changeDirection");
    }

    /** Whether any treatment has a started course within the filters. */
    public boolean hasCourses() {
        return !plotted.options().isEmpty();
    }
}
