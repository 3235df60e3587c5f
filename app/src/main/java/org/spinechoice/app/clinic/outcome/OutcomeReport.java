package org.spinechoice.app.clinic.outcome;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.spinechoice.prom.Instrument;
import org.spinechoice.prom.ResponderRule;
import org.spinechoice.prom.Timepoint;

/**
 * A clinic's outcome figures for one instrument at one follow-up time point, per option.
 *
 * @param asOf when the figures were read: they include every response stored before then
 * @param options the options with at least one started course within the filter, in the evidence base's order
 */
public record OutcomeReport(
        Instrument instrument,
        Timepoint timepoint,
        ResponderRule rule,
        int minGroup,
        OutcomeFilter filter,
        Instant asOf,
        List<OptionOutcome> options) {

    public OutcomeReport {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(timepoint, "timepoint");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(asOf, "asOf");
        options = List.copyOf(options);
    }
}
