package org.spinechoice.app.clinic.patient;

import static org.spinechoice.app.clinic.record.RequestObject.Presence.OPTIONAL;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.spinechoice.app.clinic.record.Reading;
import org.spinechoice.app.clinic.record.RequestObject;

/**
 * Which page of a clinic's patients to list: those whose display name contains {@code name} (ignoring case), at most
 * {@code limit} from {@code offset}, in order of display name.
 */
public record PatientQuery(Optional<String> name, int limit, int offset) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    public static final int MAX_OFFSET = 1_000_000;

    private static final List<String> PARAMETERS = List.of("q", "limit", "offset");

    public PatientQuery {
        if (name.filter(String::isBlank).isPresent()) {
            throw new IllegalArgumentException("a name to search for is not blank; leave it out instead");
        }
        if (limit < 1 || limit > MAX_LIMIT || offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("limit 1 to " + MAX_LIMIT + ", offset 0 to " + MAX_OFFSET);
        }
    }

    /** The first page of every patient. */
    public static PatientQuery all() {
        return new PatientQuery(Optional.empty(), DEFAULT_LIMIT, 0);
    }

    /**
     * Reads the query parameters {@code q}, {@code limit} and {@code offset}, naming each bad one. A parameter left
     * empty counts as not given, as a search form sends it.
     */
    public static Reading<PatientQuery> read(Map<String, List<String>> parameters) {
        Map<String, Object> tree = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            String value = values.isEmpty() ? "" : values.get(0);
            if (!value.isBlank()) {
                tree.put(name, name.equals("q") ? value : number(value));
            }
        });
        RequestObject request = RequestObject.body(tree, PARAMETERS);
        Optional<String> name = request.text("q", OPTIONAL, NewPatient.MAX_NAME_LENGTH);
        Optional<Integer> limit = request.wholeNumber("limit", OPTIONAL, 1, MAX_LIMIT);
        Optional<Integer> offset = request.wholeNumber("offset", OPTIONAL, 0, MAX_OFFSET);
        return Reading.of(request, () -> new PatientQuery(name, limit.orElse(DEFAULT_LIMIT), offset.orElse(0)));
    }

    /** A whole number when the text is one; otherwise the text, for the reader to refuse under its name. */
    private static Object number(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException notANumber) {
            return text;
        }
    }
}
