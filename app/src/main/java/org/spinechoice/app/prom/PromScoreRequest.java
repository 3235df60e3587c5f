package org.spinechoice.app.prom;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.spinechoice.app.platform.Problem;
import org.spinechoice.app.platform.StrictJson;
import org.spinechoice.prom.AnswerReader;
import org.spinechoice.prom.AnswerReading;
import org.spinechoice.prom.Instrument;

/**
 * Reads the body of {@code POST /api/proms/{instrument}/score}: {@code {"answers": {"odi-1": 3, …}}} and nothing
 * else. The answers go through the PROM contract's reader, so every error is named by its JSON path
 * ({@code answers.odi-3}). Thread-safe.
 */
public final class PromScoreRequest {

    private static final String ANSWERS = "answers";

    private final StrictJson json;

    public PromScoreRequest(ObjectMapper json) {
        // Decimals are read exactly: as a double, 3.0000000000000001 would become 3 and pass as a whole number.
        this.json = new StrictJson(json.copy().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS));
    }

    /** Answers that may be scored, or the 400 problem document that answers a bad request. */
    public sealed interface Outcome {}

    /** Every answer was allowed; {@code answers} holds the answered items only. */
    public record Accepted(Map<String, Integer> answers) implements Outcome {
        public Accepted {
            answers = Map.copyOf(answers);
        }
    }

    /** The body or some answer was bad; {@code problem} is the whole 400 document. */
    public record Rejected(Map<String, Object> problem) implements Outcome {}

    public Outcome read(Instrument instrument, String body) {
        StrictJson.Parsed parsed = json.parse(body);
        if (parsed instanceof StrictJson.Invalid invalid) {
            return new Rejected(invalid.problem());
        }
        Object tree = ((StrictJson.Tree) parsed).value();
        String expected = "expected {\"answers\": {\"" + instrument.itemIds().get(0) + "\": 1, …}}";
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!(tree instanceof Map<?, ?> request)) {
            errors.add(new Problem.FieldError("", expected));
            return rejected(errors);
        }
        request.keySet().stream()
                .map(String::valueOf)
                .filter(field -> !field.equals(ANSWERS))
                .sorted()
                .forEach(field -> errors.add(new Problem.FieldError(field, "unknown field; expected only answers")));
        if (!request.containsKey(ANSWERS)) {
            errors.add(new Problem.FieldError(ANSWERS, "required: " + expected));
            return rejected(errors);
        }
        AnswerReading reading = AnswerReader.read(instrument, request.get(ANSWERS));
        if (reading instanceof AnswerReading.Invalid invalid) {
            invalid.errors().forEach(error -> errors.add(new Problem.FieldError(error.field(), error.message())));
        }
        return errors.isEmpty() ? new Accepted(((AnswerReading.Valid) reading).answers()) : rejected(errors);
    }

    private static Rejected rejected(List<Problem.FieldError> errors) {
        Problem problem = new Problem(
                "about:blank",
                "Invalid answers",
                400,
                "The request has " + errors.size() + " problem" + (errors.size() == 1 ? "" : "s")
                        + "; each is listed in errors.",
                errors);
        return new Rejected(problem.toJson());
    }
}
