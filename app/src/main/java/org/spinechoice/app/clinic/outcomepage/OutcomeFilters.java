package org.spinechoice.app.clinic.outcomepage;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.spinechoice.app.access.UserAccount;
import org.spinechoice.app.clinic.form.FieldErrors;
import org.spinechoice.app.clinic.form.FormFields;
import org.spinechoice.app.clinic.form.SelectOption;
import org.spinechoice.app.clinic.outcome.CourseOutcomeStore;
import org.spinechoice.app.clinic.outcome.OutcomeQuery;
import org.spinechoice.app.clinic.outcome.OutcomeQueryReader;
import org.spinechoice.app.clinic.record.Reading;
import org.spinechoice.app.platform.Messages;
import org.spinechoice.app.platform.Problem;
import org.spinechoice.prom.Instrument;
import org.spinechoice.prom.Timepoint;
import org.spinechoice.vocabulary.SpinalRegion;

/**
 * The outcomes page's filters: a GET form read by the API's own reader (ODI and 3 months unless chosen), the choices
 * its selects offer, and each error in the page's words. Parameters the form does not have are ignored, as a page
 * address may carry anything. Thread-safe.
 */
final class OutcomeFilters {

    static final List<String> FIELDS = List.of("instrument", "timepoint", "clinician", "region", "from", "to");
    static final Instrument DEFAULT_INSTRUMENT = Instrument.ODI;
    static final Timepoint DEFAULT_TIMEPOINT = Timepoint.THREE_MONTHS;
    /** The follow-up time points, in time order: a table each. */
    static final List<Timepoint> FOLLOW_UPS = Arrays.stream(Timepoint.values())
            .filter(timepoint -> timepoint.window().isPresent())
            .toList();

    private final OutcomeQueryReader reader = new OutcomeQueryReader();
    private final Messages messages;

    OutcomeFilters(Messages messages) {
        this.messages = messages;
    }

    /** The form's own fields of the query string. */
    FormFields fields(Map<String, List<String>> parameters) {
        Map<String, List<String>> known = new LinkedHashMap<>();
        for (String field : FIELDS) {
            if (parameters.containsKey(field)) {
                known.put(field, parameters.get(field));
            }
        }
        return FormFields.of(known);
    }

    Reading<OutcomeQuery> read(FormFields form) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String field : FIELDS) {
            form.value(field).ifPresent(value -> parameters.put(field, List.of(value)));
        }
        return reader.read(parameters, Optional.of(DEFAULT_INSTRUMENT), Optional.of(DEFAULT_TIMEPOINT));
    }

    /**
     * The errors in the page's words ({@code outcomesPage.error.<field>}); a "to" date that is a date but comes
     * before "from" has words of its own.
     */
    FieldErrors errors(List<Problem.FieldError> errors, FormFields form) {
        List<Problem.FieldError> worded = new ArrayList<>();
        for (Problem.FieldError error : errors) {
            String key = "outcomesPage.error." + error.field();
            if (error.field().equals("to") && isDate(form.value("to"))) {
                key = "outcomesPage.error.toBeforeFrom";
            }
            worded.add(new Problem.FieldError(error.field(), messages.has(key) ? messages.get(key) : error.message()));
        }
        // Already in words: "refused" keeps each message as it is.
        return FieldErrors.refused(worded, messages);
    }

    List<SelectOption> instruments() {
        return CourseOutcomeStore.analysedInstruments().stream()
                .map(instrument ->
                        new SelectOption(instrument.id(), messages.get("clinic.instrument." + instrument.id())))
                .toList();
    }

    List<SelectOption> timepoints() {
        return FOLLOW_UPS.stream()
                .map(timepoint -> new SelectOption(timepoint.id(), messages.get("clinic.timepoint." + timepoint.id())))
                .toList();
    }

    static List<SelectOption> clinicians(List<UserAccount> staff) {
        return staff.stream()
                .map(user -> new SelectOption(user.id(), user.email()))
                .toList();
    }

    List<SelectOption> regions() {
        List<SelectOption> regions = new ArrayList<>();
        for (SpinalRegion region : SpinalRegion.values()) {
            regions.add(new SelectOption(region.id(), messages.get("region." + region.id())));
        }
        return regions;
    }

    /** The form with the defaults filled in where nothing was chosen, so the selects show what the figures are for. */
    static FormFields withDefaults(FormFields form) {
        FormFields filled = form;
        if (form.value("instrument").isEmpty()) {
            filled = filled.with("instrument", DEFAULT_INSTRUMENT.id());
        }
        if (form.value("timepoint").isEmpty()) {
            filled = filled.with("timepoint", DEFAULT_TIMEPOINT.id());
        }
        return filled;
    }

    private static boolean isDate(Optional<String> value) {
        try {
            return value.map(LocalDate::parse).isPresent();
        } catch (DateTimeParseException notADate) {
            return false;
        }
    }
}
