package org.spinechoice.app.clinic.promresponse;

import static org.spinechoice.app.clinic.record.RequestObject.Presence.OPTIONAL;
import static org.spinechoice.app.clinic.record.RequestObject.Presence.REQUIRED;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.spinechoice.app.clinic.record.Reading;
import org.spinechoice.app.clinic.record.RequestObject;
import org.spinechoice.prom.AnswerReader;
import org.spinechoice.prom.AnswerReading;
import org.spinechoice.prom.Instrument;
import org.spinechoice.prom.Timepoint;

/**
 * Reads an answered questionnaire, {@code {"instrument", "takenOn", "answers", "timepoint"?, "courseId"?,
 * "questionnaireVersion"?}}, from a parsed JSON tree, naming every bad field. The answers go through the PROM
 * contract's reader, so a bad answer is named {@code answers.odi-3} as in the scoring API. Stateless and thread-safe.
 */
public final class PromResponseReader {

    /** The longest course id accepted; ids are UUIDs. */
    private static final int MAX_ID_LENGTH = 64;

    private static final List<String> FIELDS =
            List.of("instrument", "takenOn", "answers", "timepoint", "courseId", "questionnaireVersion");

    public Reading<AnsweredQuestionnaire> read(Object tree) {
        RequestObject request = RequestObject.body(tree, FIELDS);
        Optional<Instrument> instrument = request.code("instrument", REQUIRED, Instrument.class);
        Optional<LocalDate> takenOn = request.date("takenOn", REQUIRED);
        Optional<Object> given =
                request.value("answers", REQUIRED, "an object of item ids and answers, e.g. {\"odi-1\": 3}");
        Optional<Map<String, Integer>> answers = instrument.flatMap(known -> given.flatMap(value -> {
            AnswerReading reading = AnswerReader.read(known, value);
            if (reading instanceof AnswerReading.Invalid invalid) {
                invalid.errors().forEach(error -> request.error(error.field(), error.message()));
                return Optional.empty();
            }
            return Optional.of(((AnswerReading.Valid) reading).answers());
        }));
        Optional<Timepoint> timepoint = request.code("timepoint", OPTIONAL, Timepoint.class);
        Optional<String> courseId = request.text("courseId", OPTIONAL, MAX_ID_LENGTH);
        Optional<String> version =
                request.text("questionnaireVersion", OPTIONAL, AnsweredQuestionnaire.MAX_VERSION_LENGTH);
        return Reading.of(
                request,
                () -> new AnsweredQuestionnaire(
                        instrument.orElseThrow(),
                        takenOn.orElseThrow(),
                        answers.orElseThrow(),
                        timepoint,
                        courseId,
                        version));
    }

    /** Reads the optional {@code instrument} query parameter that narrows a list of responses. */
    public Reading<Optional<Instrument>> readFilter(Map<String, List<String>> parameters) {
        Map<String, Object> tree = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            if (!values.isEmpty() && !values.get(0).isBlank()) {
                tree.put(name, values.get(0));
            }
        });
        RequestObject request = RequestObject.body(tree, List.of("instrument"));
        Optional<Instrument> instrument = request.code("instrument", OPTIONAL, Instrument.class);
        return Reading.of(request, () -> instrument);
    }
}
