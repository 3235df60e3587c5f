package org.spinechoice.outcome;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.spinechoice.evidence.ClaimedOutcome;
import org.spinechoice.prom.Instrument;
import org.spinechoice.prom.ResponderRule;
import org.spinechoice.prom.Timepoint;
import org.spinechoice.vocabulary.Coded;

/**
 * The clinic's own measure of what a claimed figure measured: the share whose score on {@code instrument} fell by more
 * than (or at least) {@code percent} of their course baseline at {@code timepoint}.
 *
 * <p>Only a claim whose outcome names a PROM the clinic collects, a change written as {@code reduction > N%} or
 * {@code reduction ≥ N%}, and a follow-up time point has one; for any other claim we say there is no matching measure
 * rather than compare unlike outcomes. A strict "more than" stays strict: the prolotherapy claim counted "more than
 * half", so a fall of exactly half does not count (ADR 0010).
 */
public record ClaimMeasure(Instrument instrument, BigDecimal percent, boolean strict, Timepoint timepoint) {

    private static final Pattern REDUCTION = Pattern.compile("reduction\\s*(>=|≥|>)\\s*(\\d{1,2}(?:\\.\\d+)?)\\s*%");

    public ClaimMeasure {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(timepoint, "timepoint");
        if (ResponderRule.of(instrument).map(ResponderRule::improvement).orElse(null)
                != ResponderRule.Improvement.FALL) {
            throw new IllegalArgumentException(
                    "a reduction is an improvement only where lower is better: " + instrument.id());
        }
        if (timepoint.window().isEmpty()) {
            throw new IllegalArgumentException("a claim is matched at a follow-up time point: " + timepoint.id());
        }
    }

    /** The matching measure of a claimed outcome, or empty when the clinic has none. */
    public static Optional<ClaimMeasure> of(ClaimedOutcome outcome) {
        Optional<Instrument> instrument = Coded.fromId(Instrument.class, outcome.instrument());
        Optional<Timepoint> timepoint = outcome.timepoint().flatMap(id -> Coded.fromId(Timepoint.class, id));
        Matcher change = REDUCTION.matcher(outcome.change().trim());
        if (instrument.isEmpty() || timepoint.isEmpty() || !change.matches()) {
            return Optional.empty();
        }
        boolean fallsWhenBetter = ResponderRule.of(instrument.get())
                .map(rule -> rule.improvement() == ResponderRule.Improvement.FALL)
                .orElse(false);
        if (!fallsWhenBetter) {
            return Optional.empty();
        }
        return Optional.of(new ClaimMeasure(
                instrument.get(),
                new BigDecimal(change.group(2)),
                change.group(1).equals(">"),
                timepoint.get()));
    }

    /** Whether a follow-up score meets the change compared with the baseline. */
    public boolean isMet(BigDecimal baseline, BigDecimal followUp) {
        BigDecimal fall = baseline.subtract(followUp);
        BigDecimal needed = baseline.multiply(percent).movePointLeft(2);
        int comparison = fall.compareTo(needed);
        return strict ? comparison > 0 : comparison >= 0;
    }
}
