package org.spinechoice.app.clinic.adverseevent;

import static org.spinechoice.app.clinic.record.RequestObject.Presence.OPTIONAL;
import static org.spinechoice.app.clinic.record.RequestObject.Presence.REQUIRED;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.spinechoice.app.clinic.record.Reading;
import org.spinechoice.app.clinic.record.RequestObject;
import org.spinechoice.treatment.AdverseEventSeverity;

/**
 * Reads a new adverse event, {@code {"date", "severity", "description", "outcome"?}}, from a parsed JSON tree,
 * naming every bad field. Stateless and thread-safe.
 */
public final class AdverseEventReader {

    private static final List<String> FIELDS = List.of("date", "severity", "description", "outcome");

    public Reading<NewAdverseEvent> read(Object tree) {
        RequestObject request = RequestObject.body(tree, FIELDS);
        Optional<LocalDate> date = request.date("date", REQUIRED);
        Optional<AdverseEventSeverity> severity = request.code("severity", REQUIRED, AdverseEventSeverity.class);
        Optional<String> description = request.text("description", REQUIRED, NewAdverseEvent.MAX_TEXT_LENGTH);
        Optional<String> outcome = request.text("outcome", OPTIONAL, NewAdverseEvent.MAX_TEXT_LENGTH);
        return Reading.of(
                request,
                () -> new NewAdverseEvent(
                        date.orElseThrow(), severity.orElseThrow(), description.orElseThrow(), outcome));
    }
}
