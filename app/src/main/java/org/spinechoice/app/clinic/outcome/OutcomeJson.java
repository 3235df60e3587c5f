package org.spinechoice.app.clinic.outcome;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spinechoice.outcome.ClaimCheckResult;
import org.spinechoice.outcome.GroupOutcome;
import org.spinechoice.outcome.Interval;

/**
 * The outcomes API document (issue 5): rates and interval bounds as fractions to 4 decimals, mean changes to 2;
 * {@code null}, never a number, where a group is too small or a claim has no matching measure.
 */
final class OutcomeJson {

    private final ClaimCheckWords words;

    OutcomeJson(ClaimCheckWords words) {
        this.words = words;
    }

    Map<String, Object> of(OutcomeReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("instrument", report.instrument().id());
        json.put("timepoint", report.timepoint().id());
        json.put("rule", report.rule().id());
        json.put("minGroup", report.minGroup());
        json.put("asOf", report.asOf().truncatedTo(ChronoUnit.SECONDS).toString());
        List<Object> options = new ArrayList<>();
        for (OptionOutcome option : report.options()) {
            options.add(option(option));
        }
        json.put("options", options);
        return json;
    }

    private Map<String, Object> option(OptionOutcome option) {
        GroupOutcome figures = option.figures();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("option", option.option().id().id());
        json.put("started", figures.started());
        json.put("withBaseline", figures.withBaseline());
        json.put("littleRoomToImprove", figures.littleRoomToImprove());
        json.put("followedUp", figures.followedUp());
        json.put("responders", figures.responders());
        json.put(
                "rate",
                figures.responderRate().map(rate -> fraction(rate.rate())).orElse(null));
        json.put("ci", figures.responderRate().map(rate -> fractions(rate.ci())).orElse(null));
        json.put(
                "meanChange",
                figures.meanChange().map(change -> points(change.mean())).orElse(null));
        json.put(
                "meanChangeCi",
                figures.meanChange().map(change -> points(change.ci())).orElse(null));
        json.put("tooFewToSay", figures.tooFewToSay());
        List<Object> checks = new ArrayList<>();
        for (ClaimCheckResult check : option.claimChecks()) {
            checks.add(claimCheck(check));
        }
        json.put("claimChecks", checks);
        return json;
    }

    private Map<String, Object> claimCheck(ClaimCheckResult check) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("claim", check.claim().statement());
        json.put("claimedFigure", fraction(check.claimedFigure()));
        json.put("measure", words.measure(check).orElse(null));
        json.put(
                "observed",
                check.observed().map(observed -> fraction(observed.rate())).orElse(null));
        json.put(
                "ci", check.observed().map(observed -> fractions(observed.ci())).orElse(null));
        json.put("n", check.followedUp());
        json.put("verdict", check.verdict().id());
        json.put("caveats", words.caveats(check));
        return json;
    }

    static BigDecimal fraction(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
    }

    private static List<BigDecimal> fractions(Interval interval) {
        return List.of(fraction(interval.lower()), fraction(interval.upper()));
    }

    private static BigDecimal points(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static List<BigDecimal> points(Interval interval) {
        return List.of(points(interval.lower()), points(interval.upper()));
    }
}
