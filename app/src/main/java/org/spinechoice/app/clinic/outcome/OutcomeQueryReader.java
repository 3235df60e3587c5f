package org.spinechoice.app.clinic.outcome;

import static org.spinechoice.app.clinic.record.RequestObject.Presence.OPTIONAL;
import static org.spinechoice.app.clinic.record.RequestObject.Presence.REQUIRED;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.spinechoice.app.clinic.record.Reading;
import org.spinechoice.app.clinic.record.RequestObject;
import org.spinechoice.prom.Instrument;
import org.spinechoice.prom.Timepoint;
import org.spinechoice.vocabulary.SpinalRegion;

/**
 * Reads the outcomes query ({@code instrument}, {@code timepoint}, optional {@code clinician}, {@code region},
 * {@code from}, {@code to}) from query parameters, naming every parameter that is wrong. Stateless.
 */
public final class OutcomeQueryReader {

    static final List<String> PARAMETERS = List.of("instrument", "timepoint", "clinician", "region", "from", "to");

    public Reading<OutcomeQuery> read(
            Map<String, List<String>> parameters,
            Optional<Instrument> defaultInstrument,
            Optional<Timepoint> defaultTimepoint) {
        Map<String, Object> tree = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            if (!values.isEmpty() && !values.get(0).isBlank()) {
                tree.put(name, values.get(0).strip());
            }
        });
        defaultInstrument.ifPresent(instrument -> tree.putIfAbsent("instrument", instrument.id()));
        defaultTimepoint.ifPresent(timepoint -> tree.putIfAbsent("timepoint", timepoint.id()));
        RequestObject request = RequestObject.body(tree, PARAMETERS);
        Optional<Instrument> instrument = request.code("instrument", REQUIRED, Instrument.class);
        if (instrument.isPresent() && !CourseOutcomeStore.analysedInstruments().contains(instrument.get())) {
            request.error("instrument", "expected an instrument with a responder rule: " + analysedIds());
        }
        Optional<Timepoint> timepoint = request.code("timepoint", REQUIRED, Timepoint.class);
        if (timepoint.isPresent() && timepoint.get().window().isEmpty()) {
            request.error("timepoint", "expected a follow-up time point: 6w, 3m, 6m or 12m");
        }
        Optional<String> clinician = request.text("clinician", OPTIONAL, 36);
        Optional<SpinalRegion> region = request.code("region", OPTIONAL, SpinalRegion.class);
        Optional<LocalDate> from = request.date("from", OPTIONAL);
        Optional<LocalDate> to = request.date("to", OPTIONAL);
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            request.error("to", "expected a date on or after 'from' (" + from.get() + ")");
        }
        return Reading.of(
                request,
                () -> new OutcomeQuery(
                        instrument.orElseThrow(),
                        timepoint.orElseThrow(),
                        new OutcomeFilter(clinician, region, from, to)));
    }

    private static String analysedIds() {
        return CourseOutcomeStore.analysedInstruments().stream()
                .map(Instrument::id)
                .collect(Collectors.joining(", "));
    }
}
