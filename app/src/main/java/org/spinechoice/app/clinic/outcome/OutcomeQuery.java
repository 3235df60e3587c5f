package org.spinechoice.app.clinic.outcome;

import java.util.Objects;
import org.spinechoice.prom.Instrument;
import org.spinechoice.prom.Timepoint;

/** What the outcomes API is asked for: an instrument with a responder rule, a follow-up time point, a filter. */
public record OutcomeQuery(Instrument instrument, Timepoint timepoint, OutcomeFilter filter) {

    public OutcomeQuery {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(timepoint, "timepoint");
        Objects.requireNonNull(filter, "filter");
    }
}
